// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.util.Arrays;

/**
 * One visible row: parallel primitive arrays, one slot per column. {@code codePoints[c]} is 0
 * for an empty cell and {@link ScreenView#WIDE_SPACER} for the right half of a wide character;
 * {@code styles[c]} is a {@link CellStyle}. Underline colours, hyperlinks and combining marks
 * are rare, so their arrays exist only once a cell of the row has one. Mutated only by
 * {@link Screen} and {@link Grid}.
 */
final class Line {
    /** Combining marks kept per cell (xterm's default); more are dropped. */
    static final int MAX_COMBINING = 2;
    private static final int[] NO_CODE_POINTS = new int[Screen.MAX_SIZE];
    private static final long[] DEFAULT_STYLES = new long[Screen.MAX_SIZE];

    int[] codePoints;
    long[] styles;
    /** Underline colours per cell ({@link Colors}), or null when none is set. */
    int[] underline;
    /** Hyperlink URI per cell, or null when none is set. */
    String[] links;
    /** Combining marks per cell, or null when none is set. */
    String[] combining;
    /** The row's text continues on the next row (it was ended by an automatic wrap). */
    boolean wrapped;
    /** Stamped by {@link VersionClock} on every change. */
    long version;
    /** Cells at and after this column are empty with the default style (a cheap upper bound). */
    int used;

    Line(int cols) {
        codePoints = new int[cols];
        styles = new long[cols];
    }

    int cols() {
        return codePoints.length;
    }

    boolean hasExtras() {
        return underline != null || links != null || combining != null;
    }

    /** Writes one cell, dropping any combining marks it had. */
    void set(int col, int codePoint, long style, int underlineColor, String link) {
        if (col >= used) {
            used = col + 1;
        }
        codePoints[col] = codePoint;
        styles[col] = style;
        if (underlineColor != 0 || underline != null) {
            underlineArray()[col] = underlineColor;
        }
        if (link != null || links != null) {
            linkArray()[col] = link;
        }
        if (combining != null) {
            combining[col] = null;
        }
    }

    /** Sets {@code [from, to)} to one code point and style, without extras. */
    void fill(int from, int to, int codePoint, long style) {
        if (from >= to) {
            return;
        }
        if ((codePoint != 0 || style != CellStyle.DEFAULT) && to > used) {
            used = to;
        }
        fillCodePoints(codePoints, from, to, codePoint);
        fillStyles(styles, from, to, style);
        if (underline != null) {
            Arrays.fill(underline, from, to, 0);
        }
        if (links != null) {
            Arrays.fill(links, from, to, null);
        }
        if (combining != null) {
            Arrays.fill(combining, from, to, null);
        }
    }

    /** Copies {@code n} cells from {@code from} to {@code to} within the row (overlap allowed). */
    void move(int from, int to, int n) {
        if (n <= 0) {
            return;
        }
        if (to + n > used) {
            used = Math.min(cols(), Math.max(used, to + n));
        }
        System.arraycopy(codePoints, from, codePoints, to, n);
        System.arraycopy(styles, from, styles, to, n);
        if (underline != null) {
            System.arraycopy(underline, from, underline, to, n);
        }
        if (links != null) {
            System.arraycopy(links, from, links, to, n);
        }
        if (combining != null) {
            System.arraycopy(combining, from, combining, to, n);
        }
    }

    /** Empties the row with the given style and clears its wrap flag. */
    void clear(long style) {
        int to = style == CellStyle.DEFAULT ? 0 : cols();
        fillCodePoints(codePoints, 0, Math.max(used, to), 0);
        fillStyles(styles, 0, Math.max(used, to), style);
        used = to;
        underline = null;
        links = null;
        combining = null;
        wrapped = false;
    }

    void addCombining(int col, int codePoint) {
        if (col >= used) {
            used = col + 1;
        }
        if (combining == null) {
            combining = new String[cols()];
        }
        String old = combining[col];
        String mark = new String(Character.toChars(codePoint));
        if (old == null) {
            combining[col] = mark;
        } else if (old.codePointCount(0, old.length()) < MAX_COMBINING) {
            combining[col] = old + mark;
        }
    }

    /** Changes the width: cells past the new width are dropped, new cells are empty. */
    void resize(int cols) {
        int old = cols();
        if (cols == old) {
            return;
        }
        codePoints = Arrays.copyOf(codePoints, cols);
        styles = Arrays.copyOf(styles, cols);
        used = Math.min(used, cols);
        if (underline != null) {
            underline = Arrays.copyOf(underline, cols);
        }
        if (links != null) {
            links = Arrays.copyOf(links, cols);
        }
        if (combining != null) {
            combining = Arrays.copyOf(combining, cols);
        }
        if (cols < old && cols > 0 && codePoints[cols - 1] != 0
                && CharWidth.of(codePoints[cols - 1]) == 2) {
            codePoints[cols - 1] = 0;
        }
    }

    /** Number of cells up to the last one that is not empty with the default style. */
    int usedLength() {
        int n = used;
        while (n > 0 && codePoints[n - 1] == 0 && styles[n - 1] == CellStyle.DEFAULT
                && (underline == null || underline[n - 1] == 0) && (links == null || links[n - 1] == null)) {
            n--;
        }
        return n;
    }

    int underlineAt(int col) {
        return underline == null ? 0 : underline[col];
    }

    String linkAt(int col) {
        return links == null ? null : links[col];
    }

    String combiningAt(int col) {
        return combining == null ? null : combining[col];
    }

    private int[] underlineArray() {
        if (underline == null) {
            underline = new int[cols()];
        }
        return underline;
    }

    private String[] linkArray() {
        if (links == null) {
            links = new String[cols()];
        }
        return links;
    }

    /**
     * Erases {@code [from, to)} to empty cells with {@code style}; a wide character cut by either
     * edge is erased whole. When {@code selective}, cells protected by DECSCA are kept.
     */
    void erase(int from, int to, long style, boolean selective) {
        from = Math.max(0, from);
        to = Math.min(cols(), to);
        if (from >= to) {
            return;
        }
        if (codePoints[from] == ScreenView.WIDE_SPACER && from > 0) {
            from--;
        }
        if (to < cols() && codePoints[to] == ScreenView.WIDE_SPACER) {
            to++;
        }
        if (!selective) {
            fill(from, to, 0, style);
            return;
        }
        for (int c = from; c < to; c++) {
            if (!CellStyle.isProtected(styles[c])) {
                fill(c, c + 1, 0, style);
            }
        }
    }

    /** ICH: inserts {@code n} blank cells at {@code col}; cells pushed past the edge are lost. */
    void insertBlanks(int col, int n, long style) {
        int cols = cols();
        n = Math.min(n, cols - col);
        splitWideAt(col, style);
        move(col, col + n, cols - col - n);
        fill(col, col + n, 0, style);
        dropCutWideAtEnd(style);
    }

    /** DCH: deletes {@code n} cells at {@code col}; blank cells enter at the right edge. */
    void deleteCells(int col, int n, long style) {
        int cols = cols();
        n = Math.min(n, cols - col);
        splitWideAt(col, style);
        splitWideAt(col + n, style);
        move(col + n, col, cols - col - n);
        fill(cols - n, cols, 0, style);
    }

    /** When a wide character straddles the boundary before {@code col}, erases it whole. */
    void splitWideAt(int col, long style) {
        if (col > 0 && col < cols() && codePoints[col] == ScreenView.WIDE_SPACER) {
            fill(col - 1, col + 1, 0, style);
        }
    }

    private void dropCutWideAtEnd(long style) {
        int last = cols() - 1;
        if (last >= 0 && codePoints[last] > 0 && CharWidth.of(codePoints[last]) == 2) {
            fill(last, last + 1, 0, style);
        }
    }

    /**
     * Sets {@code [from, to)} to {@code codePoint}. Empty cells are copied from a zeroed array:
     * System.arraycopy is a vectorised stub even in C1-compiled code, a fill loop is not.
     */
    static void fillCodePoints(int[] cells, int from, int to, int codePoint) {
        if (codePoint == 0 && to - from <= NO_CODE_POINTS.length) {
            System.arraycopy(NO_CODE_POINTS, 0, cells, from, to - from);
        } else {
            Arrays.fill(cells, from, to, codePoint);
        }
    }

    /** Sets {@code [from, to)} to {@code style}; the default style is copied as in {@link #fillCodePoints}. */
    static void fillStyles(long[] cells, int from, int to, long style) {
        if (style == CellStyle.DEFAULT && to - from <= DEFAULT_STYLES.length) {
            System.arraycopy(DEFAULT_STYLES, 0, cells, from, to - from);
        } else {
            Arrays.fill(cells, from, to, style);
        }
    }
}
