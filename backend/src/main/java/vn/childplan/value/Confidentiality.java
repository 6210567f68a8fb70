package vn.childplan.value;

/**
 * Whether a figure is shown, with SDMX's confidentiality status codes (code list CL_CONF_STATUS), which the
 * exports write: F free, C confidential (a small count, primary suppression), D withheld so that a C cannot be
 * recovered from its total and siblings (secondary suppression).
 */
public enum Confidentiality {
    FREE("F"), PRIMARY("C"), SECONDARY("D");

    public final String sdmx;

    Confidentiality(String sdmx) {
        this.sdmx = sdmx;
    }
}
