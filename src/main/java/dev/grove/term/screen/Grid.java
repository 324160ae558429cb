// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * One screen buffer: the visible rows (row 0 at the top) and, for the main buffer, the
 * scrollback the top rows scroll into. Scrolling moves line objects, it never copies cells;
 * lines that leave the top are copied into the compact {@link Scrollback} and their objects reused
 * at the bottom. Every change stamps the row with the shared {@link VersionClock}.
 */
final class Grid {
    private final VersionClock clock;
    private final Scrollback history;
    private Line[] lines;
    private int cols;

    Grid(int cols, int rows, Scrollback history, VersionClock clock) {
        this.clock = clock;
        this.history = history;
        this.cols = cols;
        this.lines = new Line[rows];
        for (int r = 0; r < rows; r++) {
            lines[r] = newLine();
        }
    }

    int cols() {
        return cols;
    }

    int rows() {
        return lines.length;
    }

    Line line(int row) {
        return lines[row];
    }

    /** The scrollback, or null for a buffer without one (the alternate screen). */
    Scrollback history() {
        return history;
    }

    int historySize() {
        return history == null ? 0 : history.size();
    }

    void touch(int row) {
        lines[row].version = clock.tick();
    }

    /**
     * Scrolls rows {@code [top, bottom]} up by {@code n}: the top rows leave (into the scrollback
     * when {@code keep} and this buffer has one), blank rows with {@code fill} enter at the bottom.
     */
    void scrollUp(int top, int bottom, int n, long fill, boolean keep) {
        int height = bottom - top + 1;
        n = Math.min(n, height);
        if (n <= 0) {
            return;
        }
        boolean save = keep && history != null && history.limit() > 0;
        if (n == 1) {
            Line line = lines[top];
            System.arraycopy(lines, top + 1, lines, top, height - 1);
            lines[bottom] = recycle(line, fill, save);
            return;
        }
        Line[] leaving = new Line[n];
        System.arraycopy(lines, top, leaving, 0, n);
        System.arraycopy(lines, top + n, lines, top, height - n);
        for (int i = 0; i < n; i++) {
            lines[bottom - n + 1 + i] = recycle(leaving[i], fill, save);
        }
    }

    private Line recycle(Line line, long fill, boolean save) {
        if (save) {
            history.push(line);
        }
        line.clear(fill);
        line.version = clock.tick();
        return line;
    }

    /** Scrolls rows {@code [top, bottom]} down by {@code n}; blank rows enter at the top. */
    void scrollDown(int top, int bottom, int n, long fill) {
        int height = bottom - top + 1;
        n = Math.min(n, height);
        if (n <= 0) {
            return;
        }
        Line[] leaving = new Line[n];
        System.arraycopy(lines, bottom - n + 1, leaving, 0, n);
        System.arraycopy(lines, top, lines, top + n, height - n);
        for (int i = 0; i < n; i++) {
            lines[top + i] = recycle(leaving[i], fill, false);
        }
    }

    /** Empties rows {@code [from, to)}. */
    void clearRows(int from, int to, long fill) {
        for (int r = from; r < to; r++) {
            lines[r].clear(fill);
            touch(r);
        }
    }

    /** Replaces all rows (after a resize or reflow); every row gets a new version. */
    void replaceLines(Line[] newLines, int newCols) {
        lines = newLines;
        cols = newCols;
        for (int r = 0; r < lines.length; r++) {
            touch(r);
        }
    }

    Line newLine() {
        Line line = new Line(cols);
        line.version = clock.tick();
        return line;
    }

    // ---- reading; rows below 0 are scrollback, -1 the newest ---------------------------------

    int codePoint(int row, int col) {
        return row >= 0 ? lines[row].codePoints[col] : history.codePoint(history.size() + row, col);
    }

    long style(int row, int col) {
        return row >= 0 ? lines[row].styles[col] : history.style(history.size() + row, col);
    }

    String combining(int row, int col) {
        return row >= 0 ? lines[row].combiningAt(col) : history.combining(history.size() + row, col);
    }

    int underline(int row, int col) {
        return row >= 0 ? lines[row].underlineAt(col) : history.underline(history.size() + row, col);
    }

    String link(int row, int col) {
        return row >= 0 ? lines[row].linkAt(col) : history.link(history.size() + row, col);
    }

    boolean wrapped(int row) {
        return row >= 0 ? lines[row].wrapped : history.wrapped(history.size() + row);
    }
}
