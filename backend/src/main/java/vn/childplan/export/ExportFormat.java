package vn.childplan.export;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Optional;

/** The file formats of the exports, as {@code format=} names them and as {@code Accept} asks for them. */
public enum ExportFormat {
    CSV("csv", "text/csv", "text/csv; charset=UTF-8", "csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    NDJSON("ndjson", "application/x-ndjson", "application/x-ndjson; charset=UTF-8", "ndjson"),
    SDMX_CSV("sdmx-csv", "application/vnd.sdmx.data+csv", "application/vnd.sdmx.data+csv; version=2.0.0; charset=UTF-8",
            "csv");

    /** The value of {@code format=}. */
    public final String code;
    /** The media type {@code Accept} names, without parameters. */
    public final String mediaType;
    /** The Content-Type of the answer. */
    public final String contentType;
    public final String extension;

    ExportFormat(String code, String mediaType, String contentType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.contentType = contentType;
        this.extension = extension;
    }

    static Optional<ExportFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    static Optional<ExportFormat> ofMediaType(MediaType type) {
        return Arrays.stream(values()).filter(f -> MediaType.valueOf(f.mediaType).isCompatible(type)).findFirst();
    }
}
