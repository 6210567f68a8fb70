package vn.childplan.valueimport;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a row of an import says, with the name each format gives it: the column of our CSV export (so an export
 * re-imports as is), the member of an NDJSON or JSON object (the API's camelCase) and the SDMX-CSV 2.0 column.
 */
enum Field {
    INDICATOR("indicator_code", "indicatorCode", "INDICATOR"),
    UNIT("unit_code", "unitCode", "REF_AREA"),
    UNIT_LEVEL("unit_level", "unitLevel", "UNIT_LEVEL"),
    PERIOD("period_code", "periodCode", "TIME_PERIOD"),
    SEX("sex", "sex", "SEX"),
    AGE_GROUP("age_group", "ageGroup", "AGE"),
    AREA_TYPE("area_type", "areaType", "URBANISATION"),
    VALUE("value", "value", "OBS_VALUE"),
    STATUS("status", "status", "OBS_STATUS"),
    SOURCE_KIND("source_kind", "sourceKind", "SOURCE_KIND"),
    SOURCE_NAME("source_name", "sourceName", "SOURCE_NAME"),
    EVIDENCE("evidence", "evidence", "EVIDENCE"),
    /** SDMX-CSV only: I (information, merge) or A (append) are imported, R and D are not supported. */
    ACTION(null, null, "ACTION");

    /** Columns of the CSV export that describe a value rather than state it: read past, never imported. */
    static final java.util.Set<String> EXPORT_ONLY = java.util.Set.of("indicator_name", "indicator_measure",
            "unit_name", "period_type", "period_start", "period_end", "report_id", "entered_by", "entered_at",
            "updated_at", "confidentiality");
    /** SDMX-CSV 2.0 columns that name the dataflow or describe the indicator (as the SDMX export writes), read past. */
    static final java.util.Set<String> SDMX_ONLY = java.util.Set.of("STRUCTURE", "STRUCTURE_ID", "UNIT_MEASURE",
            "CONF_STATUS");

    final String csv;
    final String json;
    final String sdmx;

    Field(String csv, String json, String sdmx) {
        this.csv = csv;
        this.json = json;
        this.sdmx = sdmx;
    }

    static final Field[] ALL = values();
    private static final Map<String, Field> BY_CSV = index(f -> f.csv);
    private static final Map<String, Field> BY_JSON = index(f -> f.json);
    private static final Map<String, Field> BY_SDMX = index(f -> f.sdmx);

    static Optional<Field> csv(String name) {
        return Optional.ofNullable(BY_CSV.get(name));
    }

    static Optional<Field> json(String name) {
        return Optional.ofNullable(BY_JSON.get(name));
    }

    static Optional<Field> sdmx(String name) {
        return Optional.ofNullable(BY_SDMX.get(name));
    }

    private static Map<String, Field> index(Function<Field, String> name) {
        return Arrays.stream(ALL).filter(f -> name.apply(f) != null).collect(Collectors.toMap(name, f -> f));
    }
}
