package vn.childplan.common;

import java.math.BigDecimal;

/** Decimal figures as the API writes them. */
public final class Numbers {
    private Numbers() {
    }

    /** 95.0000 as stored → 95, 4.5000 → 4.5 (never 1E+2); null stays null. */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
