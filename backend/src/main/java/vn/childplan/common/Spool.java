package vn.childplan.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded body (a value import, an attachment) copied to a temporary file as it arrives, its size counted and its
 * SHA-256 computed on the way: the checksum is known before the body is used (an import's audit entry and
 * Idempotency-Key check, an attachment's checksum), and the body is then read from the file, so nothing holds it in
 * memory.
 * <p>
 * The file's name carries the process id: a process killed with -9 never deletes its files, so the next one to
 * start deletes those of processes that are gone ({@link #deleteOrphans}).
 */
public final class Spool implements AutoCloseable {
    private static final String PREFIX = "childplan-upload-";
    private static final String SUFFIX = ".body";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.+" + Pattern.quote(SUFFIX));
    private final Path file;
    private final String sha256;

    private Spool(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    /** The body spooled; 413 PAYLOAD_TOO_LARGE as soon as it passes {@code maxBytes} (a body sent in chunks). */
    public static Spool of(InputStream body, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile(PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Spool(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot spool the request body", e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /**
     * Deletes the spooled files of processes that are no longer running, answering how many. A file whose process
     * id was reused by a live process stays: leaving a file is harmless, deleting a running import's is not.
     */
    public static int deleteOrphans() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive).isEmpty()
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the files spooled by stopped processes in " + dir, e);
        }
        return deleted;
    }

    public String sha256() {
        return sha256;
    }

    public Path file() {
        return file;
    }

    public long size() throws IOException {
        return Files.size(file);
    }

    /** The body as UTF-8 text; bytes that are not UTF-8 fail the read (CharacterCodingException), never replaced. */
    public Reader reader() throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
