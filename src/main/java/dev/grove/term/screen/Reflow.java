// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * Resizing buffers. {@link #apply} re-wraps the main buffer: rows joined by soft wraps form one
 * logical line, which is split again at the new width (a wide character never splits), so text
 * flows like a paragraph; rows ended by a real newline are never joined. The cursor stays on the
 * same character. When the screen grows taller, lines come back from the scrollback; when it
 * shrinks, lines above the cursor go into it. {@link #cut} just crops or pads (the alternate
 * buffer, like xterm's). Both update {@code cursor} ({@code {row, col}}) in place when given.
 */
final class Reflow {
    private Reflow() {}

    static void apply(Grid grid, int newCols, int newRows, int[] cursor) {
        Scrollback history = grid.history();
        int oldCols = grid.cols();
        int oldRows = grid.rows();
        int historySize = history.size();
        List<StoredLine> source = new ArrayList<>(historySize + oldRows);
        for (int i = 0; i < historySize; i++) {
            source.add(history.get(i));
        }
        for (int r = 0; r < oldRows; r++) {
            source.add(StoredLine.of(grid.line(r)));
        }
        int anchor = cursor != null ? historySize + cursor[0] : lastNonBlank(source);
        int anchorCol = cursor != null ? cursor[1] : 0;
        Rewrapper out = new Rewrapper(newCols);
        int screenTop = 0;
        int start = 0;
        while (start < source.size()) {
            int end = start;
            while (end < source.size() - 1 && source.get(end).wrapped()) {
                end++;
            }
            if (historySize >= start && historySize <= end) {
                screenTop = out.size() + (historySize - start) * oldCols / newCols;
            }
            int cursorOffset = anchor >= start && anchor <= end ? (anchor - start) * oldCols + anchorCol : -1;
            out.logicalLine(source, start, end, oldCols, cursorOffset);
            start = end + 1;
        }
        place(grid, out, newCols, newRows, Math.max(0, screenTop), oldRows, cursor);
    }

    private static void place(Grid grid, Rewrapper out, int newCols, int newRows, int screenTop,
            int oldRows, int[] cursor) {
        List<StoredLine> rows = out.rows;
        int cursorRow = out.cursorRow >= 0 ? out.cursorRow : rows.size() - 1;
        int end = Math.max(cursorRow + 1, lastNonBlank(rows) + 1);
        int top = Math.min(screenTop, Math.max(0, end - 1));
        if (newRows > oldRows) {
            top = Math.max(0, top - (newRows - oldRows));
        }
        if (cursorRow >= top + newRows) {
            top = cursorRow - newRows + 1;
        }
        if (cursorRow < top) {
            top = Math.max(0, cursorRow);
        }
        Scrollback history = grid.history();
        history.clear();
        for (int i = 0; i < top; i++) {
            history.push(rows.get(i));
        }
        Line[] lines = new Line[newRows];
        for (int r = 0; r < newRows; r++) {
            Line line = new Line(newCols);
            int i = top + r;
            if (i < rows.size()) {
                StoredLine stored = rows.get(i);
                stored.copyTo(0, line, 0, Math.min(stored.length(), newCols));
                line.wrapped = stored.wrapped();
            }
            lines[r] = line;
        }
        grid.replaceLines(lines, newCols);
        if (cursor != null) {
            cursor[0] = cursorRow - top;
            cursor[1] = out.cursorRow >= 0 ? out.cursorCol : 0;
        }
    }

    /** Crops or pads every row and the row count; rows leave at the bottom unless the cursor needs them. */
    static void cut(Grid grid, int newCols, int newRows, int[] cursor) {
        int oldRows = grid.rows();
        int cursorRow = cursor != null ? cursor[0] : 0;
        int drop = Math.max(0, cursorRow - newRows + 1);
        Line[] lines = new Line[newRows];
        for (int r = 0; r < newRows; r++) {
            int from = r + drop;
            Line line = from < oldRows ? grid.line(from) : new Line(newCols);
            line.resize(newCols);
            lines[r] = line;
        }
        grid.replaceLines(lines, newCols);
        if (cursor != null) {
            cursor[0] = cursorRow - drop;
        }
    }

    private static int lastNonBlank(List<StoredLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).length() > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits logical lines into rows of the new width, tracking where the cursor lands. */
    private static final class Rewrapper {
        final List<StoredLine> rows = new ArrayList<>();
        final int cols;
        final Line scratch;
        int cursorRow = -1;
        int cursorCol;
        private int outCol;

        Rewrapper(int cols) {
            this.cols = cols;
            this.scratch = new Line(cols);
        }

        int size() {
            return rows.size();
        }

        void logicalLine(List<StoredLine> source, int start, int end, int oldCols, int cursorOffset) {
            scratch.clear(CellStyle.DEFAULT);
            outCol = 0;
            int offset = 0;
            for (int i = start; i <= end; i++) {
                StoredLine row = source.get(i);
                int length = i < end ? oldCols : row.length();
                for (int c = 0; c < length; c++, offset++) {
                    int cp = row.codePoint(c);
                    if (cp == ScreenView.WIDE_SPACER || (cp == 0 && i < end && c == length - 1
                            && startsWithWide(source.get(i + 1)))) {
                        // The second case: the empty last cell of a row that wrapped early because
                        // the wide character after it did not fit.
                        continue;
                    }
                    int width = cp > 0 && c + 1 < length && row.codePoint(c + 1) == ScreenView.WIDE_SPACER ? 2 : 1;
                    if (outCol + width > cols) {
                        emit(true);
                    }
                    if (offset == cursorOffset || offset + width - 1 == cursorOffset) {
                        cursorRow = rows.size();
                        cursorCol = outCol;
                    }
                    row.copyTo(c, scratch, outCol, Math.min(width, cols - outCol));
                    outCol += width;
                }
            }
            if (cursorOffset >= offset) {
                int col = outCol + (cursorOffset - offset);
                while (col >= cols) {
                    emit(true);
                    col -= cols;
                }
                cursorRow = rows.size();
                cursorCol = col;
            }
            emit(false);
        }

        private static boolean startsWithWide(StoredLine row) {
            return row.length() > 1 && row.codePoint(0) > 0 && row.codePoint(1) == ScreenView.WIDE_SPACER;
        }

        private void emit(boolean wrapped) {
            scratch.wrapped = wrapped;
            rows.add(StoredLine.of(scratch));
            scratch.clear(CellStyle.DEFAULT);
            outCol = 0;
        }
    }
}
