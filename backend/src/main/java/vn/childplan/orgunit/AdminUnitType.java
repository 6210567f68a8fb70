package vn.childplan.orgunit;

/** The official type of a unit, as the GSO lists name it; each belongs to one level. */
public enum AdminUnitType {
    TINH(AdminLevel.PROVINCE), THANH_PHO_TRUNG_UONG(AdminLevel.PROVINCE),
    HUYEN(AdminLevel.DISTRICT), QUAN(AdminLevel.DISTRICT), THI_XA(AdminLevel.DISTRICT), THANH_PHO(AdminLevel.DISTRICT),
    XA(AdminLevel.COMMUNE), PHUONG(AdminLevel.COMMUNE), THI_TRAN(AdminLevel.COMMUNE), DAC_KHU(AdminLevel.COMMUNE);

    public final AdminLevel level;

    AdminUnitType(AdminLevel level) {
        this.level = level;
    }
}
