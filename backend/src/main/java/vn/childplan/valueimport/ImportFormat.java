package vn.childplan.valueimport;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats an import reads, chosen by the request's Content-Type. */
enum ImportFormat {
    CSV(ImportFormat.TEXT_CSV),
    NDJSON(ImportFormat.APPLICATION_NDJSON),
    JSON(ImportFormat.APPLICATION_JSON),
    SDMX_CSV(ImportFormat.SDMX_CSV_TYPE);

    static final String TEXT_CSV = "text/csv";
    static final String APPLICATION_NDJSON = "application/x-ndjson";
    static final String APPLICATION_JSON = "application/json";
    static final String SDMX_CSV_TYPE = "application/vnd.sdmx.data+csv";

    final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format of a media type such as {@code text/csv; charset=UTF-8} (parameters aside). */
    static Optional<ImportFormat> of(String type, String subtype) {
        String name = (type + "/" + subtype).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(name)).findFirst();
    }

    RowSource open(Reader in, JsonFactory json) throws IOException {
        return switch (this) {
            case CSV -> CsvRows.plain(in);
            case SDMX_CSV -> CsvRows.sdmx(in);
            case NDJSON -> JsonRows.ndjson(json, in);
            case JSON -> JsonRows.array(json, in);
        };
    }
}
