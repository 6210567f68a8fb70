package vn.childplan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the bytes of attachments live, by the attachment's id. The database keeps them now
 * ({@link DatabaseAttachmentStore}); an object store can implement the same three operations later. Each runs in
 * the caller's transaction and streams: no implementation may hold a whole file in memory.
 */
public interface AttachmentStore {
    /** Stores {@code content}, read to its end, as the bytes of attachment {@code id}. */
    void put(long id, InputStream content) throws IOException;

    /** Writes the bytes of attachment {@code id} to {@code out}. */
    void copy(long id, OutputStream out) throws IOException;

    /** Removes the bytes of attachment {@code id}. */
    void delete(long id);
}
