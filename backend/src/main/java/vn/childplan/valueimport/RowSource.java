package vn.childplan.valueimport;

import java.io.Closeable;
import java.io.IOException;

/** The rows of an import file, read one at a time as the file is read, whatever its size. */
interface RowSource extends Closeable {
    /** The next row, or null at the end of the file. */
    RawRow next() throws IOException;

    /** The name the file gives {@code field}, for the rejected rows' {@code column}. */
    String column(Field field);
}
