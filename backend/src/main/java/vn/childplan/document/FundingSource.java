package vn.childplan.document;

/** Ngân sách trung ương, ngân sách tỉnh, ngân sách địa phương (huyện, xã), xã hội hóa, viện trợ, khác. */
public enum FundingSource {
    CENTRAL_BUDGET, PROVINCIAL_BUDGET, LOCAL_BUDGET, SOCIALISED, AID, OTHER
}
