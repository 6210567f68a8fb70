package vn.childplan.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns the LF that ends each record of PostgreSQL's CSV into CRLF (RFC 4180), leaving line breaks inside quoted
 * fields as they are. A quote toggles "inside a field"; a doubled quote toggles twice, so the state stays right.
 * Both bytes are ASCII, never part of a multi-byte UTF-8 character.
 */
final class CrlfRecords extends FilterOutputStream {
    private boolean quoted;

    CrlfRecords(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '"') {
            quoted = !quoted;
        } else if (b == '\n' && !quoted) {
            out.write('\r');
        }
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '"') {
                quoted = !quoted;
            } else if (b[i] == '\n' && !quoted) {
                out.write(b, start, i - start);
                out.write('\r');
                start = i;
            }
        }
        out.write(b, start, off + len - start);
    }
}
