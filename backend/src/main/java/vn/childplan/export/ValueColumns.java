package vn.childplan.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.childplan.common.SqlLiterals;
import vn.childplan.value.Confidentiality;

/**
 * The columns of an indicator-value export, each with its SQL over {@code iv} (indicator_value), {@code ind} (its
 * indicator) and {@code au} (its unit). One list serves every format: CSV and SDMX-CSV let PostgreSQL write the
 * text ({@link #csvSelect}), NDJSON and XLSX read typed values ({@link #typedSelect}). Tidy long form: one row per
 * value, every column one variable.
 */
final class ValueColumns {
    private ValueColumns() {
    }

    enum Kind {
        TEXT, CODE, DATE, NUMBER, ID, TIME
    }

    /**
     * {@code name} heads CSV and NDJSON, {@code header} (Vietnamese) heads XLSX; {@code masked} is the SQL for an
     * indicator whose values may be suppressed (joined as {@code sv}, {@link #suppressed}), null when the same.
     */
    record Column(String name, String header, String sql, Kind kind, String masked) {
        Column(String name, String header, String sql, Kind kind) {
            this(name, header, sql, kind, null);
        }

        String sql(boolean masking) {
            return masking && masked != null ? masked : sql;
        }
    }

    /**
     * The values the caller may not see (value.Suppression, id → SDMX confidentiality code) as the relation
     * {@code sv(id, conf)}, written into the statement: COPY takes no bind parameters, and the read-only transaction
     * of the read datasource (common.ReadReplica, a replica in production) may create no temporary table. Only ids
     * (numbers) and the codes of {@link Confidentiality} enter the SQL. Joined only for the indicators that may hold
     * such values, so other indicators' rows are read as fast as ever.
     */
    static String suppressed(Map<Long, Confidentiality> hidden) {
        return hidden.entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .entrySet().stream()
                .map(e -> "SELECT unnest(ARRAY[" + SqlLiterals.ids(e.getValue()) + "]::bigint[]) AS id, '"
                        + e.getKey().sdmx + "' AS conf")
                .collect(Collectors.joining(" UNION ALL ", "(", ")"));
    }

    private static final String VALUE_SHOWN = "CASE WHEN sv.conf IS NULL THEN iv.value END";
    private static final String CONF_SHOWN = "COALESCE(sv.conf, 'F')";

    private static final String FROM = " FROM indicator_value iv JOIN indicator ind ON ind.id = iv.indicator_id"
            + " JOIN admin_unit au ON au.id = iv.unit_id";

    /** The FROM clause up to WHERE; {@code suppressed} ({@link #suppressed}, null for none) is joined as sv. */
    static String from(String suppressed) {
        return FROM + (suppressed != null ? " LEFT JOIN " + suppressed + " sv ON sv.id = iv.id" : "") + " WHERE ";
    }
    /**
     * Within one indicator (the export walks indicators in code order, see ExportService); id last, as unit codes
     * repeat across reorganisations: the same data exports the same file.
     */
    static final String ORDER = " ORDER BY au.code, iv.period_start, iv.period_end, iv.sex, iv.age_group, "
            + "iv.area_type, iv.id";

    static final List<Column> VALUES = List.of(
            new Column("indicator_code", "Mã chỉ tiêu", "ind.code", Kind.TEXT),
            new Column("indicator_name", "Tên chỉ tiêu", "ind.name_vi", Kind.TEXT),
            new Column("indicator_measure", "Đơn vị tính", "ind.unit", Kind.TEXT),
            new Column("unit_code", "Mã đơn vị hành chính", "au.code", Kind.TEXT),
            new Column("unit_name", "Tên đơn vị hành chính", "au.name", Kind.TEXT),
            new Column("unit_level", "Cấp", "au.level", Kind.CODE),
            new Column("period_code", "Mã kỳ", "iv.period_code", Kind.CODE),
            new Column("period_type", "Loại kỳ", "iv.period_type", Kind.CODE),
            new Column("period_start", "Từ ngày", "iv.period_start", Kind.DATE),
            new Column("period_end", "Đến ngày", "iv.period_end", Kind.DATE),
            new Column("sex", "Giới tính", "iv.sex", Kind.CODE),
            new Column("age_group", "Nhóm tuổi", "iv.age_group", Kind.TEXT),
            new Column("area_type", "Khu vực", "iv.area_type", Kind.CODE),
            new Column("value", "Giá trị", "iv.value", Kind.NUMBER, VALUE_SHOWN),
            new Column("status", "Trạng thái", "iv.status", Kind.CODE),
            new Column("source_kind", "Loại nguồn", "iv.source_kind", Kind.CODE),
            new Column("source_name", "Nguồn", "iv.source_name", Kind.TEXT),
            new Column("report_id", "Mã báo cáo", "iv.report_id", Kind.ID),
            new Column("evidence", "Minh chứng", "iv.evidence", Kind.TEXT),
            new Column("entered_by", "Người nhập", "iv.entered_by", Kind.TEXT),
            new Column("entered_at", "Nhập lúc (UTC)", "iv.created_at", Kind.TIME),
            new Column("updated_at", "Cập nhật lúc (UTC)", "iv.updated_at", Kind.TIME),
            // last, so that files and scripts written before suppression keep their column positions
            new Column("confidentiality", "Bảo mật", "'F'", Kind.CODE, CONF_SHOWN));

    /** The header row's names, in order. */
    static final List<String> NAMES = VALUES.stream().map(Column::name).toList();

    /**
     * SDMX-CSV 2.0 of the same values: the dataflow, its dimensions (INDICATOR, REF_AREA, TIME_PERIOD, SEX, AGE,
     * URBANISATION), OBS_VALUE and the attributes OBS_STATUS (A normal, E estimated), UNIT_MEASURE, ChildPlan's
     * SOURCE_KIND, SOURCE_NAME and EVIDENCE, and CONF_STATUS (F free, C and D suppressed, OBS_VALUE then empty),
     * so that the file re-imports as it is. Totals are
     * {@code _T}, sexes F/M, areas U/R and EM (ethnic-minority areas, a ChildPlan code); time periods in SDMX form:
     * 2016, 2016-S1, 2016-Q3, 2016-M05, and a start with an ISO duration in days for the others.
     */
    static final String DATAFLOW = "VN_CHILDPLAN:DF_CHILD_INDICATORS(1.0)";
    static final List<Column> SDMX = List.of(
            new Column("STRUCTURE", null, "'dataflow'", Kind.CODE),
            new Column("STRUCTURE_ID", null, "'" + DATAFLOW + "'", Kind.CODE),
            new Column("ACTION", null, "'I'", Kind.CODE),
            new Column("INDICATOR", null, "ind.code", Kind.TEXT),
            new Column("REF_AREA", null, "au.code", Kind.TEXT),
            new Column("TIME_PERIOD", null, "CASE iv.period_type WHEN 'YEAR' THEN iv.period_code"
                    + " WHEN 'HALF_YEAR' THEN replace(iv.period_code, '-H', '-S')"
                    + " WHEN 'QUARTER' THEN iv.period_code"
                    + " WHEN 'MONTH' THEN substr(iv.period_code, 1, 5) || 'M' || substr(iv.period_code, 6)"
                    + " ELSE iv.period_start || '/P' || (iv.period_end - iv.period_start + 1) || 'D' END", Kind.CODE),
            new Column("SEX", null, "CASE iv.sex WHEN 'ALL' THEN '_T' WHEN 'FEMALE' THEN 'F' ELSE 'M' END", Kind.CODE),
            new Column("AGE", null, "CASE iv.age_group WHEN 'ALL' THEN '_T' ELSE iv.age_group END", Kind.TEXT),
            new Column("URBANISATION", null, "CASE iv.area_type WHEN 'ALL' THEN '_T' WHEN 'URBAN' THEN 'U'"
                    + " WHEN 'RURAL' THEN 'R' ELSE 'EM' END", Kind.CODE),
            new Column("OBS_VALUE", null, "iv.value", Kind.NUMBER, VALUE_SHOWN),
            new Column("OBS_STATUS", null, "CASE iv.status WHEN 'FINAL' THEN 'A' ELSE 'E' END", Kind.CODE),
            new Column("UNIT_MEASURE", null, "ind.unit", Kind.TEXT),
            new Column("SOURCE_KIND", null, "iv.source_kind", Kind.CODE),
            new Column("SOURCE_NAME", null, "iv.source_name", Kind.TEXT),
            new Column("EVIDENCE", null, "iv.evidence", Kind.TEXT),
            new Column("CONF_STATUS", null, "'F'", Kind.CODE, CONF_SHOWN));

    /** {@link Spreadsheets#formulaLike} in SQL, after the text's expression. */
    static final String FORMULA_LIKE = " ~ '^[=+@\\t\\r-]'";

    /**
     * The select list PostgreSQL writes as CSV text: figures as plain decimals without trailing zeros, times as ISO
     * 8601 in UTC. {@code forExcel}: text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
     * leading apostrophe, so Excel shows it as text (OWASP's CSV injection advice); machine files keep text as is.
     */
    static String csvSelect(List<Column> columns, boolean forExcel, boolean masking) {
        return columns.stream().map(c -> {
            String sql = c.sql(masking);
            return switch (c.kind()) {
                case NUMBER -> "trim_scale(" + sql + ")";
                case TIME -> "to_char(" + sql + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
                case TEXT -> forExcel ? "CASE WHEN " + sql + FORMULA_LIKE + " THEN '''' || " + sql + " ELSE "
                        + sql + " END" : sql;
                default -> sql;
            };
        }).collect(Collectors.joining(", ", "SELECT ", ""));
    }

    /** The select list with each column's own type, named as the column, for typed readers. */
    static String typedSelect(List<Column> columns, boolean masking) {
        return columns.stream().map(c -> c.sql(masking) + " AS " + c.name())
                .collect(Collectors.joining(", ", "SELECT ", ""));
    }
}
