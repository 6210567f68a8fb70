package vn.childplan.orgunit;

/** Tỉnh/thành phố trực thuộc TW, huyện/quận/thị xã/thành phố thuộc tỉnh, xã/phường/thị trấn/đặc khu. */
public enum AdminLevel {
    PROVINCE, DISTRICT, COMMUNE;

    /** The level directly above (the 2025 reform lets a commune's parent be a province). */
    public boolean mayHaveParent(AdminLevel parent) {
        return switch (this) {
            case PROVINCE -> false;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
        };
    }
}
