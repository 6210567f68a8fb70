package vn.childplan.indicator;

/**
 * How a target's value is to be read, after the Vietnamese wording of the plan (DOMAIN.md): "tiêm chủng đầy đủ
 * trên 95%" is GT 95, "dưới 12%" is LT 12, "đạt 75%" is GE 75.
 */
public enum Comparator {
    /** "trên" (above): the result must exceed the value. */
    GT,
    /** "từ … trở lên", "đạt", "ít nhất" (at least): the result must reach the value. */
    GE,
    /** "dưới", "giảm xuống dưới" (below): the result must stay under the value. */
    LT,
    /** "không quá", "tối đa" (at most): the result must not exceed the value. */
    LE,
    /** "bằng", "100% …" (exactly): the result must equal the value. */
    EQ
}
