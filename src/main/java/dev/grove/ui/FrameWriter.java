// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.Attrs;
import java.util.Objects;

/**
 * Sends the difference between the frame just composed and what the client last received to a
 * {@link CellSink}, then records the new frame as received. Unchanged rows are skipped with a
 * bulk comparison; inside a changed row only changed cells are written, short gaps of
 * unchanged plain cells are rewritten instead of jumped over (also right before a row's first
 * change, so that a line whose start did not change still goes out as whole words: a reader of
 * the byte stream, a transcript, sees the text), and runs of blanks become ECH/EL when that is
 * shorter. Keeps no per-cell objects. Confined to one thread.
 */
final class FrameWriter {
    /** Unchanged cells rewritten rather than skipped with a cursor move (a move costs 3-4 bytes). */
    private static final int MAX_REWRITE_GAP = 3;
    /** Blank cells worth an ECH (which costs about 4 bytes plus a move after it). */
    private static final int MIN_ERASE_RUN = 10;
    /** Blank cells to the end of the row worth an EL (3 bytes). */
    private static final int MIN_EOL_RUN = 3;
    /** Attributes that show on a blank cell, so a blank with them cannot be erased. */
    private static final int VISIBLE_ON_BLANK = Attrs.INVERSE | Attrs.UNDERLINE_MASK | Attrs.STRIKE | Attrs.OVERLINE;

    private int lastCursorRow = -1;
    private int lastCursorCol = -1;
    private boolean lastCursorVisible;
    private boolean cursorKnown;

    /** The client's screen is unknown: the next cursor placement is always sent. */
    void forgetCursor() {
        cursorKnown = false;
    }

    /**
     * Writes the changes from {@code front} (what the client shows) to {@code back} and copies
     * changed rows into {@code front}; then places the cursor. Returns the sink's byte count. Only
     * rows of {@code back} written since the last call are compared: the others still match.
     */
    int write(Frame back, Frame front, CellSink sink, int cursorRow, int cursorCol, boolean cursorVisible) {
        boolean began = false;
        for (int r = 0; r < back.rows; r++) {
            if (!back.touched[r]) {
                continue;
            }
            back.touched[r] = false;
            if (back.rowEquals(front, r)) {
                continue;
            }
            if (!began) {
                sink.beginFrame();
                began = true;
            }
            writeRow(back, front, sink, r);
            front.copyRow(back, r);
        }
        boolean cursorSame = cursorKnown && cursorVisible == lastCursorVisible
                && (!cursorVisible || (cursorRow == lastCursorRow && cursorCol == lastCursorCol));
        if (!began && cursorSame) {
            return 0;
        }
        lastCursorRow = cursorRow;
        lastCursorCol = cursorCol;
        lastCursorVisible = cursorVisible;
        cursorKnown = true;
        return sink.endFrame(cursorRow, cursorCol, cursorVisible);
    }

    private void writeRow(Frame back, Frame front, CellSink sink, int r) {
        int base = r * back.cols;
        int cols = back.cols;
        int c = nextChanged(back, front, base, cols, 0);
        int lastStyled = -1;
        boolean placed = false;
        int lead = leadingRewrite(back, base, c);
        if (lead < c) {
            sink.moveTo(r, lead);
            style(back, sink, base + c);
            sink.link(null);
            for (int k = lead; k < c; k++) {
                sink.glyph(back.cp[base + k], null, 1);
            }
            lastStyled = base + c;
            placed = true;
        }
        while (c >= 0 && c < cols) {
            int i = base + c;
            if (!placed) {
                sink.moveTo(r, c);
                placed = true;
            }
            if (isErasableBlank(back, i)) {
                int end = blankRunEnd(back, base, c, cols);
                if (end == cols && end - c >= MIN_EOL_RUN) {
                    style(back, sink, i);
                    sink.eraseToEndOfLine();
                    return;
                }
                if (end - c >= MIN_ERASE_RUN) {
                    style(back, sink, i);
                    sink.eraseChars(end - c);
                    lastStyled = i;
                    c = nextChanged(back, front, base, cols, end);
                    placed = false;
                    continue;
                }
            }
            style(back, sink, i);
            sink.link(back.link[i]);
            lastStyled = i;
            int width = (back.attrs[i] & Frame.WIDE) != 0 ? 2 : 1;
            int glyph = back.cp[i] == Frame.SPACER ? ' ' : back.cp[i];
            sink.glyph(glyph, back.comb[i], width);
            c += width;
            int next = nextChanged(back, front, base, cols, c);
            if (next < 0) {
                return;
            }
            if (next > c && canRewrite(back, base, c, next, lastStyled)) {
                for (int k = c; k < next; k++) {
                    sink.glyph(back.cp[base + k], null, 1);
                }
            } else if (next > c) {
                placed = false;
            }
            c = next;
        }
    }

    private static void style(Frame f, CellSink sink, int i) {
        sink.style(f.attrs[i], f.fg[i], f.bg[i], f.ul[i]);
    }

    /** First column at or after {@code from} whose cell differs; a changed wide character's spacer points at its lead. */
    private static int nextChanged(Frame back, Frame front, int base, int cols, int from) {
        for (int c = from; c < cols; c++) {
            int i = base + c;
            if (differs(back, front, i)) {
                boolean spacerOfWide = back.cp[i] == Frame.SPACER && c > 0 && (back.attrs[i - 1] & Frame.WIDE) != 0;
                return spacerOfWide ? c - 1 : c;
            }
        }
        return -1;
    }

    private static boolean differs(Frame back, Frame front, int i) {
        return back.cp[i] != front.cp[i] || back.attrs[i] != front.attrs[i] || back.fg[i] != front.fg[i]
                || back.bg[i] != front.bg[i] || back.ul[i] != front.ul[i] || !Objects.equals(back.comb[i], front.comb[i])
                || !Objects.equals(back.link[i], front.link[i]);
    }

    /** True when cells [from, to) are plain ASCII in the style last written, so rewriting them is cheaper than moving. */
    private static boolean canRewrite(Frame f, int base, int from, int to, int styled) {
        if (to - from > MAX_REWRITE_GAP || styled < 0) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!rewritable(f, base + k, styled)) {
                return false;
            }
        }
        return true;
    }

    /** Whether cell {@code i} is plain ASCII in the style of cell {@code styled}: one byte to write again. */
    private static boolean rewritable(Frame f, int i, int styled) {
        return f.cp[i] >= 0x20 && f.cp[i] < 0x7f && f.comb[i] == null && f.link[i] == null && f.link[styled] == null
                && f.sameStyle(i, styled);
    }

    /**
     * Where to start writing a row whose first change is at {@code first}: up to
     * {@link #MAX_REWRITE_GAP} unchanged cells before it that are plain ASCII in its style, not
     * blanks (a row's start usually is blank, and blanks read as nothing), else {@code first}.
     */
    private static int leadingRewrite(Frame f, int base, int first) {
        int from = first;
        while (from > 0 && first - from < MAX_REWRITE_GAP) {
            int i = base + from - 1;
            if (f.cp[i] == ' ' || !rewritable(f, i, base + first)) {
                break;
            }
            from--;
        }
        return from;
    }

    private static boolean isErasableBlank(Frame f, int i) {
        return f.cp[i] == ' ' && f.comb[i] == null && f.link[i] == null && (f.attrs[i] & VISIBLE_ON_BLANK) == 0;
    }

    /** End of the run of blanks starting at {@code c} that share cell c's style. */
    private static int blankRunEnd(Frame f, int base, int c, int cols) {
        int start = base + c;
        int k = c + 1;
        while (k < cols && isErasableBlank(f, base + k) && f.sameStyle(base + k, start)) {
            k++;
        }
        return k;
    }
}
