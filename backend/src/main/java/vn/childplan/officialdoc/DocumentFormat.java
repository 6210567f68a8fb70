package vn.childplan.officialdoc;

import java.util.Arrays;
import java.util.Optional;

/** The formats of official documents, as {@code format=} names them and as {@code Accept} asks for them. */
public enum DocumentFormat {
    DOCX("docx", DocumentFormat.DOCX_TYPE), PDF("pdf", DocumentFormat.PDF_TYPE);

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";

    public final String code;
    public final String mediaType;

    DocumentFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    static Optional<DocumentFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    public static Optional<DocumentFormat> ofMediaType(String type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(type)).findFirst();
    }
}
