-- A stable code per agency (e.g. HUE-SYT): the identity provider puts it in an officer's token (claim
-- agency_code) and machine clients name agencies by it, so neither depends on database ids.
ALTER TABLE agency ADD COLUMN code varchar(40) CHECK (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$');
CREATE UNIQUE INDEX uq_agency_code ON agency (code);
