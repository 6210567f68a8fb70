package vn.childplan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;

/**
 * The media types attachments may have, read from the content by Apache Tika (magic numbers and container
 * signatures), never from the name or the request's Content-Type: a file named .pdf that holds a program or a web
 * page is what it holds, and is refused (415 UNSUPPORTED_ATTACHMENT_TYPE).
 * <p>
 * The name may only narrow what the content proved, to a type the registry holds as a kind of it: text/plain
 * named .csv is text/csv, and an Office Open XML package (which Tika's core tells from its first entry but not
 * whether it is a text or a workbook) named .docx or .xlsx is that. A name never makes an unknown content known.
 */
final class ContentTypes {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", DOCX, XLSX,
            "application/vnd.oasis.opendocument.text", "text/csv", "text/plain");

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final Detector DETECTOR = TIKA.getDetector();
    private static final MimeTypes BY_NAME = TIKA.getMimeRepository();
    private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();

    private ContentTypes() {
    }

    /** The accepted media type of {@code content} (a stream that supports mark/reset), refined by {@code name}. */
    static String detect(InputStream content, String name) throws IOException {
        MediaType byContent = DETECTOR.detect(content, new Metadata());
        MediaType byName = BY_NAME.getMimeType(name).getType();
        MediaType type = REGISTRY.isSpecializationOf(byName, byContent) ? byName : byContent;
        String detected = type.getBaseType().toString();
        if (!ALLOWED.contains(detected)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_ATTACHMENT_TYPE, detected);
        }
        return detected;
    }
}
