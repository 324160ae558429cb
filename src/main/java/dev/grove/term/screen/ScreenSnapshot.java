// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An immutable copy of the visible screen for a renderer on another thread: every cell with its
 * style, the cursor, and which rows changed since the previous snapshot taken from the same
 * screen. Has no scrollback ({@link #historySize()} is 0).
 */
public final class ScreenSnapshot implements ScreenView {
    private final int cols;
    private final int rows;
    private final int[][] codePoints;
    private final long[][] styles;
    private final int[][] underline;
    private final String[][] links;
    private final String[][] combining;
    private final boolean[] wrapped;
    private final long[] versions;
    private final BitSet changed;
    private final int cursorRow;
    private final int cursorCol;
    private final boolean cursorVisible;
    private final boolean alternateScreen;

    ScreenSnapshot(Screen screen, long[] previousVersions, Grid grid) {
        cols = screen.cols();
        rows = screen.rows();
        codePoints = new int[rows][];
        styles = new long[rows][];
        underline = new int[rows][];
        links = new String[rows][];
        combining = new String[rows][];
        wrapped = new boolean[rows];
        versions = new long[rows];
        changed = new BitSet(rows);
        for (int r = 0; r < rows; r++) {
            Line line = grid.line(r);
            codePoints[r] = line.codePoints.clone();
            styles[r] = line.styles.clone();
            underline[r] = line.underline == null ? null : line.underline.clone();
            links[r] = line.links == null ? null : line.links.clone();
            combining[r] = line.combining == null ? null : line.combining.clone();
            wrapped[r] = line.wrapped;
            versions[r] = line.version;
            if (previousVersions == null || r >= previousVersions.length || previousVersions[r] != line.version) {
                changed.set(r);
            }
        }
        cursorRow = screen.cursorRow();
        cursorCol = screen.cursorCol();
        cursorVisible = screen.cursorVisible();
        alternateScreen = screen.alternateActive();
    }

    /** True when row {@code row} differs from the previous snapshot (or there was none). */
    public boolean changed(int row) {
        return changed.get(row);
    }

    /** The changed rows as a copy. */
    public BitSet changedRows() {
        return (BitSet) changed.clone();
    }

    /** The row versions, for taking the next snapshot. */
    long[] versions() {
        return Arrays.copyOf(versions, versions.length);
    }

    public boolean alternateScreen() {
        return alternateScreen;
    }

    /** The packed {@link CellStyle} of a cell. */
    public long style(int row, int col) {
        return styles[row][col];
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int historySize() {
        return 0;
    }

    @Override
    public int codePoint(int row, int col) {
        return codePoints[row][col];
    }

    @Override
    public String combining(int row, int col) {
        return combining[row] == null ? null : combining[row][col];
    }

    @Override
    public int attrs(int row, int col) {
        return CellStyle.attrs(styles[row][col]);
    }

    @Override
    public int fg(int row, int col) {
        return CellStyle.fg(styles[row][col]);
    }

    @Override
    public int bg(int row, int col) {
        return CellStyle.bg(styles[row][col]);
    }

    @Override
    public int underlineColor(int row, int col) {
        return underline[row] == null ? 0 : underline[row][col];
    }

    @Override
    public String hyperlink(int row, int col) {
        return links[row] == null ? null : links[row][col];
    }

    @Override
    public boolean wrapped(int row) {
        return wrapped[row];
    }

    @Override
    public long rowVersion(int row) {
        return versions[row];
    }

    @Override
    public int cursorRow() {
        return cursorRow;
    }

    @Override
    public int cursorCol() {
        return cursorCol;
    }

    @Override
    public boolean cursorVisible() {
        return cursorVisible;
    }
}
