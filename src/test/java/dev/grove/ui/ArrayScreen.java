// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.ScreenView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A screen view for tests, backed by arrays: text is written at positions, history lines are added directly. */
final class ArrayScreen implements ScreenView {
    private final int cols;
    private final int rows;
    private final int[][] cp;
    private final String[][] marks;
    private final int[][] attrs;
    private final int[][] fg;
    private final int[][] bg;
    private final long[] versions;
    private final String[][] links;
    private final List<int[]> history = new ArrayList<>();
    private int cursorRow;
    private int cursorCol;
    private boolean cursorVisible = true;
    private long version;

    ArrayScreen(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        cp = new int[rows][cols];
        marks = new String[rows][cols];
        attrs = new int[rows][cols];
        fg = new int[rows][cols];
        bg = new int[rows][cols];
        versions = new long[rows];
        links = new String[rows][cols];
    }

    /** Puts a hyperlink on cells [fromCol, toCol) of a row. */
    ArrayScreen link(int row, int fromCol, int toCol, String uri) {
        for (int c = fromCol; c < toCol; c++) {
            links[row][c] = uri;
        }
        versions[row] = ++version;
        return this;
    }

    /** Writes text at (row, col) in a style; wide characters take two cells; returns this. */
    ArrayScreen write(int row, int col, String text, int a, int f, int b) {
        int c = col;
        for (int i = 0; i < text.length() && c < cols; ) {
            int ch = text.codePointAt(i);
            i += Character.charCount(ch);
            int w = TextWidth.of(ch);
            if (w == 0) {
                marks[row][Math.max(0, c - 1)] = new String(Character.toChars(ch));
                continue;
            }
            set(row, c, ch, a, f, b);
            if (w == 2 && c + 1 < cols) {
                set(row, c + 1, WIDE_SPACER, a, f, b);
            }
            c += w;
        }
        versions[row] = ++version;
        return this;
    }

    ArrayScreen write(int row, int col, String text) {
        return write(row, col, text, 0, 0, 0);
    }

    /** Adds a line of plain text to the scrollback (newest last). */
    ArrayScreen addHistory(String text) {
        int[] line = new int[cols];
        for (int c = 0; c < cols && c < text.length(); c++) {
            line[c] = text.charAt(c);
        }
        history.add(line);
        return this;
    }

    ArrayScreen cursor(int row, int col, boolean visible) {
        cursorRow = row;
        cursorCol = col;
        cursorVisible = visible;
        return this;
    }

    private void set(int row, int col, int ch, int a, int f, int b) {
        cp[row][col] = ch;
        marks[row][col] = null;
        attrs[row][col] = a;
        fg[row][col] = f;
        bg[row][col] = b;
    }

    @Override public int cols() { return cols; }
    @Override public int rows() { return rows; }
    @Override public int historySize() { return history.size(); }

    @Override
    public int codePoint(int row, int col) {
        return row < 0 ? history.get(history.size() + row)[col] : cp[row][col];
    }

    @Override public String combining(int row, int col) { return row < 0 ? null : marks[row][col]; }
    @Override public int attrs(int row, int col) { return row < 0 ? 0 : attrs[row][col]; }
    @Override public int fg(int row, int col) { return row < 0 ? 0 : fg[row][col]; }
    @Override public int bg(int row, int col) { return row < 0 ? 0 : bg[row][col]; }
    @Override public int underlineColor(int row, int col) { return 0; }
    @Override public String hyperlink(int row, int col) { return row < 0 ? null : links[row][col]; }
    @Override public boolean wrapped(int row) { return false; }
    @Override public long rowVersion(int row) { return versions[row]; }
    @Override public int cursorRow() { return cursorRow; }
    @Override public int cursorCol() { return cursorCol; }
    @Override public boolean cursorVisible() { return cursorVisible; }

    @Override
    public String toString() {
        return "ArrayScreen " + cols + "x" + rows + " " + Arrays.toString(versions);
    }
}
