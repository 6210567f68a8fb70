package vn.childplan.valueimport;

/**
 * Why a row of an import is rejected: a stable code clients key on, with the reason in Vietnamese and English.
 * The first group is found while the file is read, the second by the set-based checks against the database.
 */
public enum RowError {
    MALFORMED_ROW("Dòng không đúng định dạng của tệp", "The row does not follow the file's format"),
    MISSING_VALUE("Thiếu giá trị bắt buộc", "A required value is missing"),
    WRONG_TYPE("Sai kiểu dữ liệu", "The value has the wrong JSON type"),
    INVALID_NUMBER("Không phải số thập phân hợp lệ (tối đa 14 chữ số phần nguyên và 4 chữ số thập phân, dấu chấm thập phân)",
            "Not a decimal number with at most 14 digits before and 4 after a decimal point"),
    INVALID_PERIOD("Mã kỳ báo cáo không hợp lệ (ví dụ 2016, 2016-H1, 2024-S1, 2024-Q1, 2024-M01, 2024-01-01/P6M)",
            "Not a period code (e.g. 2016, 2016-H1, 2024-S1, 2024-Q1, 2024-M01, 2024-01-01/P6M)"),
    INVALID_CODE("Giá trị không thuộc danh mục cho phép", "Not one of the allowed codes"),
    INVALID_TEXT("Văn bản chứa ký tự không lưu được hoặc quá dài", "The text holds a character that cannot be stored, or is too long"),
    UNSUPPORTED_ACTION("Chỉ nhập được ACTION I hoặc A (thêm hoặc cập nhật)", "Only ACTION I or A (add or update) can be imported"),
    UNKNOWN_INDICATOR("Không có chỉ tiêu nào mang mã này", "No indicator has this code"),
    UNKNOWN_UNIT("Không có đơn vị hành chính nào mang mã này", "No administrative unit has this code"),
    UNIT_NOT_IN_PERIOD("Không có đơn vị hành chính nào mang mã này trong kỳ báo cáo",
            "No administrative unit held this code during the period"),
    OUT_OF_SCOPE("Đơn vị nằm ngoài phạm vi bạn được ghi số liệu", "The unit lies outside the units whose values you may write"),
    VALUE_OUT_OF_RANGE("Tỷ lệ phần trăm phải từ 0 đến 100", "A percentage must lie between 0 and 100"),
    FINAL_BEFORE_PERIOD_END("Số liệu chỉ là chính thức (FINAL) sau khi kỳ báo cáo kết thúc",
            "A value becomes FINAL only after its period has ended"),
    DUPLICATE_IN_FILE("Trùng chỉ tiêu, đơn vị, kỳ và phân tổ với một dòng trước trong tệp",
            "Repeats the indicator, unit, period and breakdown of an earlier row of the file"),
    FINAL_VALUE_LOCKED("Số liệu chính thức (FINAL) đã lưu khác giá trị này; chỉ quản trị viên hoặc cán bộ kế hoạch được "
            + "ghi đè, với overwriteFinal=true",
            "A different FINAL value is stored; only admins and planners may replace it, with overwriteFinal=true");

    private final String vi;
    private final String en;

    RowError(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
