// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer with cheap appends for escape sequences (ASCII, decimal numbers,
 * UTF-8), drained into a stream with one write. Not thread-safe.
 */
final class OutputBuffer extends OutputStream {
    private static final int FRAME_CAPACITY = 16 * 1024;

    private byte[] bytes;
    private int size;

    /** A buffer for whole frames. */
    OutputBuffer() {
        this(FRAME_CAPACITY);
    }

    /** A buffer starting at {@code capacity} bytes (it grows as needed). */
    OutputBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    OutputBuffer ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    OutputBuffer number(int n) {
        if (n < 0) {
            write('-');
            n = -n;
        }
        if (n < 10) {
            write('0' + n);
            return this;
        }
        ensure(10);
        int start = size;
        while (n > 0) {
            bytes[size++] = (byte) ('0' + n % 10);
            n /= 10;
        }
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return this;
    }

    OutputBuffer codePoint(int cp) {
        ensure(4);
        if (cp < 0x80) {
            bytes[size++] = (byte) cp;
        } else if (cp < 0x800) {
            bytes[size++] = (byte) (0xc0 | (cp >> 6));
            bytes[size++] = (byte) (0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            bytes[size++] = (byte) (0xe0 | (cp >> 12));
            bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            bytes[size++] = (byte) (0x80 | (cp & 0x3f));
        } else {
            bytes[size++] = (byte) (0xf0 | (cp >> 18));
            bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
            bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            bytes[size++] = (byte) (0x80 | (cp & 0x3f));
        }
        return this;
    }

    /** Appends a string as UTF-8, whole code points at a time (surrogate pairs stay together). */
    OutputBuffer text(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            codePoint(Character.isSurrogate((char) cp) ? 0xfffd : cp);
            i += Character.charCount(cp);
        }
        return this;
    }

    int size() {
        return size;
    }

    /** Drops bytes after {@code mark} (a size returned earlier). */
    void truncate(int mark) {
        size = Math.min(size, mark);
    }

    /** Copies bytes [from, size) of {@code other} here. */
    void append(OutputBuffer other, int from) {
        write(other.bytes, from, other.size - from);
    }

    /** Writes everything to {@code out} in one call, flushes it and empties the buffer; returns the bytes written. */
    int drainTo(OutputStream out) throws IOException {
        int n = size;
        if (n > 0) {
            out.write(bytes, 0, n);
            out.flush();
        }
        size = 0;
        if (bytes.length > 1 << 20) {
            bytes = new byte[FRAME_CAPACITY];
        }
        return n;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
