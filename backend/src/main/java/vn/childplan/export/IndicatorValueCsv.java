package vn.childplan.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.childplan.common.Numbers;
import vn.childplan.orgunit.AdminLevel;
import vn.childplan.period.AreaType;
import vn.childplan.period.Breakdown;
import vn.childplan.period.PeriodType;
import vn.childplan.period.Sex;
import vn.childplan.period.StoredPeriod;
import vn.childplan.value.SourceKind;
import vn.childplan.value.ValueStatus;

/**
 * One indicator value as a CSV row (RFC 4180: comma, CRLF, a field quoted when it holds a comma, quote or line
 * break, quotes doubled). Tidy long form: one row per value, every column one variable, figures as plain decimals
 * with a dot and times as ISO 8601, so scripts read it without locale settings.
 */
public record IndicatorValueCsv(String indicatorCode, String indicatorName, String indicatorMeasure, String unitCode,
        String unitName, AdminLevel unitLevel, String periodCode, PeriodType periodType, LocalDate periodStart,
        LocalDate periodEnd, Sex sex, String ageGroup, AreaType areaType, BigDecimal value, ValueStatus status,
        SourceKind sourceKind, String sourceName, Long reportId, String evidence, String enteredBy, Instant enteredAt,
        Instant updatedAt) {

    /** The header row, in the order of the record's components; the HQL projection selects the same order. */
    public static final List<String> COLUMNS = List.of("indicator_code", "indicator_name", "indicator_measure",
            "unit_code", "unit_name", "unit_level", "period_code", "period_type", "period_start", "period_end", "sex",
            "age_group", "area_type", "value", "status", "source_kind", "source_name", "report_id", "evidence",
            "entered_by", "entered_at", "updated_at");

    /** The JPQL constructor expression over {@code iv} (the value), {@code ind} (its indicator), {@code au} (its unit). */
    static final String PROJECTION = "select new " + IndicatorValueCsv.class.getName() + "(ind.code, ind.nameVi, "
            + "ind.unit, au.code, au.name, au.level, " + StoredPeriod.paths("iv") + ", " + Breakdown.paths("iv")
            + ", iv.value, iv.status, iv.sourceKind, iv.sourceName, iv.reportId, iv.evidence, "
            + "iv.enteredBy, iv.createdAt, iv.updatedAt)";

    static void writeHeader(Writer out) throws IOException {
        writeLine(out, COLUMNS.toArray());
    }

    void write(Writer out) throws IOException {
        writeLine(out, indicatorCode, indicatorName, indicatorMeasure, unitCode, unitName, unitLevel, periodCode,
                periodType, periodStart, periodEnd, sex, ageGroup, areaType, Numbers.plain(value).toPlainString(), status,
                sourceKind, sourceName, reportId, evidence, enteredBy, enteredAt, updatedAt);
    }

    private static void writeLine(Writer out, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    /** Empty for null; quoted when the text holds a comma, a quote or a line break. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
