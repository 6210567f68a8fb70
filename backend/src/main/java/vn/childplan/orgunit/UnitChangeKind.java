package vn.childplan.orgunit;

/**
 * MERGE: several units become one; SPLIT: one becomes several; RENAME: same territory, new name; UPGRADE: change of
 * type (huyện → thị xã, tỉnh → thành phố trực thuộc TW); CONTINUATION: a unit carried unchanged into a new system
 * of units (the 11 provinces not merged on 2025-07-01).
 */
public enum UnitChangeKind {
    MERGE, SPLIT, RENAME, UPGRADE, CONTINUATION
}
