package vn.childplan.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;

/**
 * The media types attachments may have, read from the content by Apache Tika (magic numbers and container
 * signatures), never from the name or the request's Content-Type: a file named .pdf that holds a program, a web page
 * or bytes of no known kind is what it holds, and is refused (415 UNSUPPORTED_ATTACHMENT_TYPE).
 * <p>
 * Two cases need more than the first bytes. An Office Open XML package is a ZIP archive, which Tika's core tells
 * apart only by its first entry and not as a text or a workbook: the archive's own entries decide — a
 * {@code [Content_Types].xml} with {@code word/document.xml} is DOCX, with {@code xl/workbook.xml} XLSX — and any other
 * archive (a program's, a macro-enabled document's) is refused whatever its name. And text/plain may be CSV, which
 * only the name tells: a text named .csv is text/csv. The name never makes anything else of the content.
 */
final class ContentTypes {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TEXT = "text/plain";
    private static final String CSV = "text/csv";

    private static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", DOCX, XLSX,
            "application/vnd.oasis.opendocument.text", CSV, TEXT);
    /** What Tika's core says of a ZIP archive, an Office Open XML package among them. */
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml");

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final Detector DETECTOR = TIKA.getDetector();
    private static final MimeTypes BY_NAME = TIKA.getMimeRepository();

    private ContentTypes() {
    }

    /** The accepted media type of the file's content; 415 for any other. */
    static String detect(Path file, String name) throws IOException {
        String type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            type = DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        }
        if (ZIP.contains(type)) {
            type = officeDocument(file, type);
        } else if (TEXT.equals(type) && CSV.equals(BY_NAME.getMimeType(name).getType().getBaseType().toString())) {
            type = CSV;
        }
        if (!ALLOWED.contains(type)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_ATTACHMENT_TYPE, type);
        }
        return type;
    }

    /** DOCX or XLSX when the archive's entries are that package's, else {@code zip} as Tika named it. */
    private static String officeDocument(Path file, String zip) throws IOException {
        Set<String> entries = new HashSet<>();
        try (ZipFile archive = new ZipFile(file.toFile())) {
            archive.stream().forEach(e -> entries.add(e.getName()));
        } catch (ZipException e) {
            return zip; // not a readable archive: nothing more is known of it
        }
        boolean macros = entries.stream().anyMatch(e -> e.endsWith("vbaProject.bin"));
        if (!entries.contains("[Content_Types].xml") || macros) {
            return zip;
        }
        boolean text = entries.contains("word/document.xml");
        boolean workbook = entries.contains("xl/workbook.xml");
        return text && !workbook ? DOCX : workbook && !text ? XLSX : zip;
    }
}
