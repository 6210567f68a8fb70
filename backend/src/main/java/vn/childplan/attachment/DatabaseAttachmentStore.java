package vn.childplan.attachment;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Attachments' bytes in PostgreSQL ({@code attachment_chunk}, V19), in chunks of {@link #CHUNK} bytes: a bytea is
 * always read whole by the driver, so a file is written and read one chunk at a time (the read through a cursor
 * that fetches one row at a time) and memory holds one chunk, whatever the file's size.
 */
@ApplicationScoped
public class DatabaseAttachmentStore implements AttachmentStore {
    static final int CHUNK = 256 * 1024;

    private final AgroalDataSource db;

    public DatabaseAttachmentStore(AgroalDataSource db) {
        this.db = db;
    }

    @Override
    public void put(long id, InputStream content) throws IOException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO attachment_chunk (attachment_id, seq, bytes) VALUES (?, ?, ?)")) {
            byte[] chunk;
            int seq = 0;
            while ((chunk = content.readNBytes(CHUNK)).length > 0) {
                s.setLong(1, id);
                s.setInt(2, seq++);
                s.setBytes(3, chunk);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store attachment " + id, e);
        }
    }

    @Override
    public void copy(long id, OutputStream out) throws IOException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT bytes FROM attachment_chunk WHERE attachment_id = ? ORDER BY seq")) {
            s.setFetchSize(1);
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.write(rows.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read attachment " + id, e);
        }
    }

    @Override
    public void delete(long id) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM attachment_chunk WHERE attachment_id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete attachment " + id, e);
        }
    }
}
