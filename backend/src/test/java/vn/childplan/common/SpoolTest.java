package vn.childplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The files a backend killed with -9 leaves behind: those of processes that are gone are deleted, those of live
 * processes (this one's own spool included) stay.
 */
class SpoolTest {
    private static Path spooled(long pid) throws IOException {
        return Files.createTempFile("childplan-upload-" + pid + "-", ".body");
    }

    @Test
    void the_files_of_stopped_processes_are_deleted_and_only_those() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Path gone = spooled(exited.pid());
        Path parent = spooled(ProcessHandle.current().parent().orElseThrow().pid());
        try (Spool own = Spool.of(new ByteArrayInputStream("a,b\r\n".getBytes(StandardCharsets.UTF_8)), 100)) {
            assertTrue(Spool.deleteOrphans() >= 1);
            assertFalse(Files.exists(gone));
            assertTrue(Files.exists(parent));
            try (Reader r = own.reader()) {
                char[] text = new char[5];
                assertEquals(5, r.read(text));
                assertEquals("a,b\r\n", new String(text));
            }
        } finally {
            Files.deleteIfExists(gone);
            Files.deleteIfExists(parent);
        }
    }
}
