package vn.childplan.valueimport;

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
 * The request body copied to a temporary file as it arrives, its SHA-256 computed on the way: the checksum is known
 * before the import starts (the audit entry, the Idempotency-Key's body check), and the rows are then read from the
 * file, so neither step holds the body in memory.
 * <p>
 * The file's name carries the process id: a process killed with -9 never deletes its files, so the next one to
 * start deletes those of processes that are gone ({@link #deleteOrphans}).
 */
final class Spool implements AutoCloseable {
    private static final String PREFIX = "childplan-import-";
    private static final String SUFFIX = ".body";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.+" + Pattern.quote(SUFFIX));
    private final Path file;
    private final String sha256;

    private Spool(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    static Spool of(InputStream body) {
        Path file = null;
        try {
            file = Files.createTempFile(PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return new Spool(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot spool the request body", e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes the spooled files of processes that are no longer running, answering how many. A file whose process
     * id was reused by a live process stays: leaving a file is harmless, deleting a running import's is not.
     */
    static int deleteOrphans() {
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

    String sha256() {
        return sha256;
    }

    /** The body as UTF-8 text; bytes that are not UTF-8 fail the read (CharacterCodingException), never replaced. */
    Reader reader() throws IOException {
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
