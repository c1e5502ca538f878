package nl.maatstaf.testsupport;

import java.io.InputStream;
import java.util.Arrays;

/** A body of any size made while it is sent, so a test never holds megabytes it does not need. */
public final class GeneratedBytes extends InputStream {

    private long remaining;

    private GeneratedBytes(long count) {
        this.remaining = count;
    }

    /** {@code count} spaces, a filler any parser reads without complaint until the limit. */
    public static InputStream of(long count) {
        return new GeneratedBytes(count);
    }

    @Override
    public int read() {
        if (remaining == 0) {
            return -1;
        }
        remaining--;
        return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(length, remaining);
        Arrays.fill(buffer, offset, offset + n, (byte) ' ');
        remaining -= n;
        return n;
    }
}
