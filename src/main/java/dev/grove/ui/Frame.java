// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.CharWidth;
import dev.grove.term.screen.ScreenView;
import java.util.Arrays;

/**
 * A screen's worth of cells in flat arrays (no object per cell): code point, combining marks,
 * attributes, foreground, background and underline colour, hyperlink. A wide character is a lead cell
 * flagged {@link #WIDE} followed by a cell holding {@link #SPACER}. Writes through
 * {@link #set} and {@link #text} keep wide characters whole: overwriting either half blanks the
 * other. Confined to one thread.
 */
final class Frame {
    /** Code point of the right half of a wide character. */
    static final int SPACER = ScreenView.WIDE_SPACER;
    /** Code point that matches nothing: marks cells whose content on the client is not known. */
    static final int UNKNOWN = -2;
    /** Attribute bit (beyond {@code Attrs}) marking the left half of a wide character. */
    static final int WIDE = 1 << 30;

    final int cols;
    final int rows;
    final int[] cp;
    final String[] comb;
    final int[] attrs;
    final int[] fg;
    final int[] bg;
    final int[] ul;
    final String[] link;
    /**
     * Rows that may hold combining marks or hyperlinks (set when one is written, never
     * cleared), so other rows skip comparing those arrays.
     */
    final boolean[] extrasInRow;
    /**
     * Rows written since {@link FrameWriter} last looked at them: only these can differ from what
     * the client shows. Whoever writes the arrays directly calls {@link #touch}.
     */
    final boolean[] touched;

    Frame(int cols, int rows) {
        this.cols = Math.max(0, cols);
        this.rows = Math.max(0, rows);
        int n = this.cols * this.rows;
        cp = new int[n];
        comb = new String[n];
        attrs = new int[n];
        fg = new int[n];
        bg = new int[n];
        ul = new int[n];
        link = new String[n];
        extrasInRow = new boolean[this.rows];
        touched = new boolean[this.rows];
        Arrays.fill(cp, ' ');
    }

    /** Marks every cell unknown, so that it differs from any real cell. */
    void invalidate() {
        Arrays.fill(cp, UNKNOWN);
    }

    /** Marks row {@code row} as written. */
    void touch(int row) {
        touched[row] = true;
    }

    /** Marks every row as written: the next diff looks at all of them. */
    void touchAll() {
        Arrays.fill(touched, true);
    }

    /** Fills a rectangle (clipped to the frame) with {@code codePoint} in {@code look}. */
    void fill(int row, int col, int nRows, int nCols, int codePoint, Look look) {
        int r1 = Math.min(rows, row + nRows);
        int c0 = Math.max(0, col);
        int c1 = Math.min(cols, col + nCols);
        for (int r = Math.max(0, row); r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                set(r, c, codePoint, look);
            }
        }
    }

    void set(int row, int col, int codePoint, Look look) {
        set(row, col, codePoint, null, look.attrs(), look.fg(), look.bg());
    }

    /** Writes one narrow cell, keeping any wide character it cuts into consistent. */
    void set(int row, int col, int codePoint, String marks, int a, int f, int b) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            return;
        }
        int i = row * cols + col;
        touched[row] = true;
        breakWide(row, col, i);
        cp[i] = codePoint;
        comb[i] = marks;
        link[i] = null;
        extrasInRow[row] |= marks != null;
        attrs[i] = a;
        fg[i] = f;
        bg[i] = b;
        ul[i] = 0;
    }

    /** Writes a wide character at (row, col) and its spacer; a blank when it does not fit. */
    void setWide(int row, int col, int codePoint, String marks, Look look) {
        if (col + 1 >= cols) {
            set(row, col, ' ', look);
            return;
        }
        set(row, col, codePoint, marks, look.attrs() | WIDE, look.fg(), look.bg());
        set(row, col + 1, SPACER, null, look.attrs(), look.fg(), look.bg());
    }

    /**
     * Writes {@code s} from {@code col} up to (not including) {@code endCol}; combining marks
     * join the previous character, control characters are skipped, a wide character that does
     * not fit is left out. Returns the column after the text.
     */
    int text(int row, int col, String s, int endCol, Look look) {
        endCol = Math.min(endCol, cols);
        int c = col;
        for (int i = 0; i < s.length() && c < endCol; ) {
            int ch = s.codePointAt(i);
            i += Character.charCount(ch);
            if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
                ch = 0xfffd; // half of a pair cut apart: it has no UTF-8 form a terminal would accept
            }
            int w = TextWidth.of(ch);
            if (w == 0) {
                if (!CharWidth.ignorable(ch)) {
                    addMark(row, c - 1, ch);
                }
            } else if (w == 2) {
                if (c + 2 > endCol) {
                    break;
                }
                setWide(row, c, ch, null, look);
                c += 2;
            } else {
                set(row, c++, ch, look);
            }
        }
        return c;
    }

    private void addMark(int row, int col, int mark) {
        if (row < 0 || row >= rows || col < 0 || col >= cols || Character.getType(mark) == Character.CONTROL) {
            return;
        }
        int i = row * cols + col;
        if (cp[i] == SPACER && col > 0) {
            i--;
        }
        touched[row] = true;
        String m = new String(Character.toChars(mark));
        comb[i] = comb[i] == null ? m : comb[i] + m;
        extrasInRow[row] = true;
    }

    /** Before cell i changes: a wide character it is half of loses its other half. */
    private void breakWide(int row, int col, int i) {
        if (cp[i] == SPACER && col > 0 && (attrs[i - 1] & WIDE) != 0) {
            cp[i - 1] = ' ';
            comb[i - 1] = null;
            attrs[i - 1] &= ~WIDE;
        }
        if ((attrs[i] & WIDE) != 0 && col + 1 < cols && cp[i + 1] == SPACER) {
            cp[i + 1] = ' ';
        }
        attrs[i] &= ~WIDE;
    }

    /** True when row {@code row} of both frames (same width) holds the same cells. */
    boolean rowEquals(Frame o, int row) {
        int from = row * cols;
        int to = from + cols;
        return Arrays.equals(cp, from, to, o.cp, from, to)
                && Arrays.equals(attrs, from, to, o.attrs, from, to)
                && Arrays.equals(fg, from, to, o.fg, from, to)
                && Arrays.equals(bg, from, to, o.bg, from, to)
                && Arrays.equals(ul, from, to, o.ul, from, to)
                && (!(extrasInRow[row] || o.extrasInRow[row])
                    || (Arrays.equals(comb, from, to, o.comb, from, to) && Arrays.equals(link, from, to, o.link, from, to)));
    }

    /** Copies row {@code row} from {@code o} (same width). */
    void copyRow(Frame o, int row) {
        int from = row * cols;
        System.arraycopy(o.cp, from, cp, from, cols);
        System.arraycopy(o.comb, from, comb, from, cols);
        System.arraycopy(o.attrs, from, attrs, from, cols);
        System.arraycopy(o.fg, from, fg, from, cols);
        System.arraycopy(o.bg, from, bg, from, cols);
        System.arraycopy(o.ul, from, ul, from, cols);
        System.arraycopy(o.link, from, link, from, cols);
        extrasInRow[row] |= o.extrasInRow[row];
    }

    /** True when cells i and j are drawn with the same SGR state. */
    boolean sameStyle(int i, int j) {
        return ((attrs[i] ^ attrs[j]) & ~WIDE) == 0 && fg[i] == fg[j] && bg[i] == bg[j] && ul[i] == ul[j];
    }
}
