// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.util.Arrays;

/**
 * An immutable, compact copy of a row outside the {@link Scrollback} (rows being re-wrapped after
 * a resize). Stores only the used cells (up to the last non-blank one): text as one byte per cell
 * when every code point fits in Latin-1, else as ints; styles as runs (or one per cell when runs
 * would cost more); extras only when present. Cells past {@link #length()} are empty with the
 * default style.
 */
final class StoredLine {
    private static final byte[] NO_BYTES = new byte[0];

    private final byte[] latin1;
    private final int[] codePoints;
    private final int length;
    /** The style of every cell when the line has one style run ({@link #runStyles} is null). */
    private final long style0;
    /** Run start columns; null when {@link #runStyles} is null or holds one style per cell. */
    private final int[] runStarts;
    private final long[] runStyles;
    private final int[] underline;
    private final String[] links;
    private final String[] combining;
    private final boolean wrapped;

    private StoredLine(Line line, int length) {
        this.length = length;
        this.wrapped = line.wrapped;
        int[] cps = line.codePoints;
        byte[] bytes = length == 0 ? NO_BYTES : new byte[length];
        int bits = 0;
        for (int c = 0; c < length; c++) {
            int cp = cps[c];
            bits |= cp;
            bytes[c] = (byte) cp;
        }
        if ((bits & ~0xff) == 0) {
            latin1 = bytes;
            codePoints = null;
        } else {
            latin1 = null;
            codePoints = Arrays.copyOf(cps, length);
        }
        long[] styles = line.styles;
        int runs = countRuns(styles, length);
        style0 = length == 0 ? CellStyle.DEFAULT : styles[0];
        if (runs <= 1) {
            runStarts = null;
            runStyles = null;
        } else if (runs * 12 < length * 8) {
            runStarts = new int[runs];
            runStyles = new long[runs];
            fillRuns(styles, length);
        } else {
            runStarts = null;
            runStyles = Arrays.copyOf(styles, length);
        }
        this.underline = line.underline == null ? null : Arrays.copyOf(line.underline, length);
        this.links = line.links == null ? null : Arrays.copyOf(line.links, length);
        this.combining = line.combining == null ? null : Arrays.copyOf(line.combining, length);
    }

    /** A compact copy of the row. */
    static StoredLine of(Line line) {
        return new StoredLine(line, line.usedLength());
    }

    int length() {
        return length;
    }

    boolean wrapped() {
        return wrapped;
    }

    int codePoint(int col) {
        if (col >= length) {
            return 0;
        }
        return latin1 != null ? latin1[col] & 0xff : codePoints[col];
    }

    long style(int col) {
        if (col >= length) {
            return CellStyle.DEFAULT;
        }
        if (runStyles == null) {
            return style0;
        }
        if (runStarts == null) {
            return runStyles[col];
        }
        int i = Arrays.binarySearch(runStarts, col);
        return runStyles[i >= 0 ? i : -i - 2];
    }

    int underline(int col) {
        return underline == null || col >= length ? 0 : underline[col];
    }

    String link(int col) {
        return links == null || col >= length ? null : links[col];
    }

    String combining(int col) {
        return combining == null || col >= length ? null : combining[col];
    }

    /** Writes cells {@code [from, from+n)} of this line into {@code dst} at {@code dstCol}. */
    void copyTo(int from, Line dst, int dstCol, int n) {
        for (int i = 0; i < n; i++) {
            int c = from + i;
            int d = dstCol + i;
            dst.set(d, codePoint(c), style(c), underline(c), link(c));
            String marks = combining(c);
            if (marks != null) {
                marks.codePoints().forEach(m -> dst.addCombining(d, m));
            }
        }
    }

    private static int countRuns(long[] styles, int length) {
        if (length == 0) {
            return 0;
        }
        int runs = 1;
        long previous = styles[0];
        for (int c = 1; c < length; c++) {
            long style = styles[c];
            runs += style != previous ? 1 : 0;
            previous = style;
        }
        return runs;
    }

    private void fillRuns(long[] styles, int length) {
        int r = -1;
        for (int c = 0; c < length; c++) {
            if (c == 0 || styles[c] != styles[c - 1]) {
                r++;
                runStarts[r] = c;
                runStyles[r] = styles[c];
            }
        }
    }
}
