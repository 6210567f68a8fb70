-- Indicators that count abused, trafficked or exploited children: a small count of them (1 to k-1 in a unit) can
-- identify a child, so callers without the sensitive-data grant see such counts suppressed (value.Suppression).
ALTER TABLE indicator ADD COLUMN sensitive boolean NOT NULL DEFAULT false;
