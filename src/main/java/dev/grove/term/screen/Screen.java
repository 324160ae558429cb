// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;


/**
 * The terminal screen: main and alternate buffers, the cursor, the pen (style for new text),
 * scroll margins, tab stops, character sets and the screen-affecting modes, with the editing
 * operations of a VT terminal in plain words. Knows nothing about escape sequences: the
 * emulator decodes them and calls these methods. Behaviour follows xterm (pending wrap, BCE,
 * wide characters at the margin, where scrolled lines go).
 *
 * <p>Coordinates are 0-based; {@code row} is a visible row. Arguments out of range are clamped,
 * never rejected: any call sequence leaves a valid screen. Not thread-safe.
 */
public final class Screen implements ScreenView {
    /** Largest width or height accepted; bigger sizes are clamped. */
    public static final int MAX_SIZE = 4096;

    private final VersionClock clock = new VersionClock();
    private final Grid main;
    private final Grid alternate;
    private Grid grid;
    private final TabStops tabs;
    private final Charsets charsets = new Charsets();
    private int cols;
    private int rows;
    private int row;
    private int col;
    private boolean pendingWrap;
    /** Column of the wide character just printed, while no control or sequence followed it; else -1. */
    private int runWideCol = -1;
    /** A character was printed and the cursor has not been moved since (xterm's char_was_written). */
    private boolean charWritten;
    private int lastWrittenRow;
    private int lastWrittenCol;
    private long pen;
    private int penUnderline;
    private String penLink;
    private int top;
    private int bottom;
    private boolean autowrap = true;
    private boolean originMode;
    private boolean insertMode;
    private boolean cursorVisible = true;
    private SavedCursor savedMain;
    private SavedCursor savedAlternate;
    private int lastGraphic = -1;

    /** A screen of {@code cols x rows} whose main buffer keeps {@code scrollbackLines} lines. */
    public Screen(int cols, int rows, int scrollbackLines) {
        this.cols = clampSize(cols);
        this.rows = clampSize(rows);
        this.main = new Grid(this.cols, this.rows, new Scrollback(scrollbackLines), clock);
        this.alternate = new Grid(this.cols, this.rows, null, clock);
        this.grid = main;
        this.tabs = new TabStops(this.cols);
        this.bottom = this.rows - 1;
    }

    // ---- printing -------------------------------------------------------------------------

    /** Prints printable ASCII {@code data[start..end)} at the cursor: the hot path. */
    public void printAscii(byte[] data, int start, int end) {
        if (start >= end) {
            return;
        }
        if (insertMode || !charsets.isPlainAscii()) {
            for (int i = start; i < end; i++) {
                print(data[i]);
            }
            return;
        }
        int i = start;
        while (i < end) {
            if (pendingWrap) {
                wrapIfEnabled();
            }
            Line line = grid.line(row);
            int n = Math.min(end - i, cols - col);
            line.splitWideAt(col, CellStyle.DEFAULT);
            int last = col + n - 1;
            line.splitWideAt(last + 1, CellStyle.DEFAULT);
            int[] cps = line.codePoints;
            for (int k = 0; k < n; k++) {
                cps[col + k] = data[i + k];
            }
            if (last >= line.used) {
                line.used = last + 1;
            }
            Line.fillStyles(line.styles, col, col + n, pen);
            if (line.hasExtras() || penUnderline != 0 || penLink != null) {
                for (int c = col; c <= last; c++) {
                    line.set(c, cps[c], pen, penUnderline, penLink);
                }
            }
            i += n;
            col += n;
            runWideCol = -1;
            charWritten = true;
            lastWrittenRow = row;
            lastWrittenCol = col - 1;
            if (col >= cols) {
                col = cols - 1;
                pendingWrap = true;
                if (!autowrap && i < end) {
                    line.set(col, data[end - 1], pen, penUnderline, penLink);
                    i = end;
                }
            }
            grid.touch(row);
        }
        lastGraphic = data[end - 1];
    }

    /** Prints one character (any width; combining marks join the previous cell). */
    public void print(int codePoint) {
        int cp = codePoint < 0x80 ? charsets.map(codePoint) : codePoint;
        if (CharWidth.of(cp) > 0) {
            lastGraphic = codePoint;
        }
        printMapped(cp);
    }

    private void printMapped(int cp) {
        int width = CharWidth.of(cp);
        if (width == 0) {
            if (CharWidth.ignorable(cp)) {
                lastGraphic = -1;
            } else {
                attachCombining(cp);
            }
            return;
        }
        if (pendingWrap) {
            wrapIfEnabled();
        }
        if (width == 2 && col == cols - 1) {
            if (autowrap && cols >= 2) {
                wrapIfEnabled();
            } else if (runWideCol >= 0) {
                // xterm, without autowrap: a wide character that does not fit takes the place of
                // the wide character printed just before it in the same run of text.
                col = runWideCol;
            } else {
                return;
            }
        }
        Line line = grid.line(row);
        if (insertMode) {
            line.insertBlanks(col, width, CellStyle.erased(pen));
        }
        line.splitWideAt(col, CellStyle.DEFAULT);
        line.splitWideAt(col + width, CellStyle.DEFAULT);
        line.set(col, cp, pen, penUnderline, penLink);
        if (width == 2) {
            line.set(col + 1, WIDE_SPACER, pen, penUnderline, penLink);
        }
        grid.touch(row);
        charWritten = true;
        lastWrittenRow = row;
        lastWrittenCol = col;
        runWideCol = width == 2 ? col : -1;
        col += width;
        if (col >= cols) {
            // Set even without autowrap, as xterm does: turning autowrap on again before the
            // next character makes that character wrap.
            col = cols - 1;
            pendingWrap = true;
        }
    }

    /**
     * REP: prints the last printed character {@code n} more times, translated by the character
     * set now shifted into GL (as xterm does).
     */
    public void repeatLast(int n) {
        if (lastGraphic < 0) {
            return;
        }
        int cp = lastGraphic < 0x80 ? charsets.mapLocked(lastGraphic) : lastGraphic;
        for (int i = 0; i < n; i++) {
            printMapped(cp);
        }
    }

    /**
     * Anything but a printable character arrived (a control or any sequence): REP has nothing
     * to repeat any more, and a run of text has ended, as in xterm.
     */
    public void forgetLastPrinted() {
        lastGraphic = -1;
        runWideCol = -1;
    }

    /** Cancels a pending wrap; combining marks no longer join the last printed character. */
    private void resetWrap() {
        pendingWrap = false;
        charWritten = false;
    }

    private void wrapIfEnabled() {
        pendingWrap = false;
        if (!autowrap) {
            return;
        }
        grid.line(row).wrapped = true;
        col = 0;
        lineFeed();
    }

    /**
     * xterm's rule: a combining mark joins the last printed character while the cursor has not
     * moved since; otherwise the cell under the cursor, even a blank one. A mark on a base
     * without marks is precomposed when Unicode has a same-width precomposed form (xterm's
     * default), and a cell keeps at most {@link Line#MAX_COMBINING} marks.
     */
    private void attachCombining(int cp) {
        int r = charWritten ? lastWrittenRow : row;
        int c = charWritten ? lastWrittenCol : col;
        Line line = grid.line(r);
        if (line.codePoints[c] == WIDE_SPACER && c > 0) {
            c--;
        }
        int base = line.codePoints[c];
        if (line.combiningAt(c) == null && base > 0) {
            int composed = Composition.compose(base, cp);
            if (composed > 0) {
                line.codePoints[c] = composed;
                grid.touch(r);
                return;
            }
        }
        line.addCombining(c, cp);
        grid.touch(r);
    }

    // ---- controls and cursor motion ----------------------------------------------------------

    /** CR. */
    public void carriageReturn() {
        col = 0;
        resetWrap();
    }

    /** LF, VT, FF and IND: down one row, scrolling the region when at its bottom margin. */
    public void lineFeed() {
        resetWrap();
        if (row == bottom) {
            scrollRegionUp(1);
        } else if (row < rows - 1) {
            row++;
        }
    }

    /** RI: up one row, scrolling the region down when at its top margin. */
    public void reverseIndex() {
        resetWrap();
        if (row == top) {
            grid.scrollDown(top, bottom, 1, CellStyle.erased(pen));
        } else if (row > 0) {
            row--;
        }
    }

    /** NEL: CR then LF. */
    public void nextLine() {
        carriageReturn();
        lineFeed();
    }

    /** BS. */
    public void backspace() {
        resetWrap();
        if (col > 0) {
            col--;
        }
    }

    /** HT / CHT: forward {@code n} tab stops (a pending wrap stays pending). */
    public void tabForward(int n) {
        for (int i = 0; i < n && col < cols - 1; i++) {
            col = tabs.next(col);
        }
    }

    /** CBT: back {@code n} tab stops; like HT (and xterm) it leaves a pending wrap pending. */
    public void tabBackward(int n) {
        for (int i = 0; i < n && col > 0; i++) {
            col = tabs.previous(col);
        }
    }

    /** HTS. */
    public void setTabStop() {
        tabs.set(col);
    }

    /** TBC 0. */
    public void clearTabStop() {
        tabs.clear(col);
    }

    /** TBC 3. */
    public void clearAllTabStops() {
        tabs.clearAll();
    }

    /** CUP / HVP: rows count from the top margin in origin mode. */
    public void moveTo(int newRow, int newCol) {
        if (originMode) {
            row = clamp(top + newRow, top, bottom);
        } else {
            row = clamp(newRow, 0, rows - 1);
        }
        col = clamp(newCol, 0, cols - 1);
        resetWrap();
    }

    /** VPA: row only. */
    public void moveToRow(int newRow) {
        moveTo(newRow, col);
    }

    /** CHA / HPA: column only. */
    public void moveToColumn(int newCol) {
        col = clamp(newCol, 0, cols - 1);
        resetWrap();
    }

    /** CUU: stops at the top margin when starting inside the region. */
    public void moveUp(int n) {
        int limit = row >= top ? top : 0;
        row = Math.max(limit, row - n);
        resetWrap();
    }

    /** CUD / VPR: stops at the bottom margin when starting inside the region. */
    public void moveDown(int n) {
        int limit = row <= bottom ? bottom : rows - 1;
        row = Math.min(limit, row + n);
        resetWrap();
    }

    /** CUF / HPR. */
    public void moveForward(int n) {
        col = Math.min(cols - 1, col + n);
        resetWrap();
    }

    /** CUB. */
    public void moveBack(int n) {
        col = Math.max(0, col - n);
        resetWrap();
    }

    /** The cursor row as a program sees it (relative to the top margin in origin mode). */
    public int reportedRow() {
        return originMode ? row - top : row;
    }

    // ---- erase, insert, delete, scroll -------------------------------------------------------

    /** ED / DECSED 0: from the cursor to the end of the screen. */
    public void eraseBelow(boolean selective) {
        eraseLineRight(selective);
        for (int r = row + 1; r < rows; r++) {
            eraseRow(r, selective);
        }
    }

    /** ED / DECSED 1: from the start of the screen to the cursor. */
    public void eraseAbove(boolean selective) {
        for (int r = 0; r < row; r++) {
            eraseRow(r, selective);
        }
        eraseLineLeft(selective);
    }

    /** ED / DECSED 2. */
    public void eraseScreen(boolean selective) {
        for (int r = 0; r < rows; r++) {
            eraseRow(r, selective);
        }
        resetWrap();
    }

    /** ED 3: drops the scrollback. */
    public void clearHistory() {
        Scrollback history = main.history();
        if (history.size() > 0) {
            history.clear();
            clock.tick();
        }
    }

    /** EL / DECSEL 0: from the cursor to the end of the line. */
    public void eraseLineRight(boolean selective) {
        Line line = grid.line(row);
        line.erase(col, cols, CellStyle.erased(pen), selective);
        line.wrapped = false;
        grid.touch(row);
        resetWrap();
    }

    /** EL / DECSEL 1: from the start of the line to the cursor. */
    public void eraseLineLeft(boolean selective) {
        grid.line(row).erase(0, col + 1, CellStyle.erased(pen), selective);
        grid.touch(row);
        resetWrap();
    }

    /** EL / DECSEL 2. */
    public void eraseLine(boolean selective) {
        eraseRow(row, selective);
        resetWrap();
    }

    /** ECH: erases {@code n} cells from the cursor without moving it. */
    public void eraseChars(int n) {
        Line line = grid.line(row);
        line.erase(col, col + Math.min(n, cols - col), CellStyle.erased(pen), false);
        grid.touch(row);
        resetWrap();
    }

    private void eraseRow(int r, boolean selective) {
        Line line = grid.line(r);
        line.erase(0, cols, CellStyle.erased(pen), selective);
        if (!selective) {
            line.wrapped = false;
        }
        grid.touch(r);
    }

    /** ICH. */
    public void insertChars(int n) {
        grid.line(row).insertBlanks(col, Math.min(n, cols - col), CellStyle.erased(pen));
        grid.touch(row);
        resetWrap();
    }

    /** DCH. */
    public void deleteChars(int n) {
        grid.line(row).deleteCells(col, Math.min(n, cols - col), CellStyle.erased(pen));
        grid.touch(row);
        resetWrap();
    }

    /** IL: only inside the scroll region; the cursor goes to column 0. */
    public void insertLines(int n) {
        if (row < top || row > bottom) {
            return;
        }
        grid.scrollDown(row, bottom, n, CellStyle.erased(pen));
        col = 0;
        resetWrap();
    }

    /** DL: only inside the scroll region; lines deleted at the very top go to the scrollback. */
    public void deleteLines(int n) {
        if (row < top || row > bottom) {
            return;
        }
        grid.scrollUp(row, bottom, n, CellStyle.erased(pen), row == 0);
        col = 0;
        resetWrap();
    }

    /** SU: scrolls the region up; with the region at the top, lines go to the scrollback. */
    public void scrollUp(int n) {
        scrollRegionUp(n);
    }

    /** SD. */
    public void scrollDown(int n) {
        grid.scrollDown(top, bottom, n, CellStyle.erased(pen));
    }

    private void scrollRegionUp(int n) {
        grid.scrollUp(top, bottom, n, CellStyle.erased(pen), top == 0);
    }

    /** DECSTBM with 0-based inclusive rows; ignored unless {@code top < bottom}. Homes the cursor. */
    public void setScrollRegion(int newTop, int newBottom) {
        int t = clamp(newTop, 0, rows - 1);
        int b = clamp(newBottom, 0, rows - 1);
        if (t >= b) {
            return;
        }
        top = t;
        bottom = b;
        moveTo(0, 0);
    }

    /**
     * DECFRA: fills a rectangle with {@code codePoint} in the pen's style. Rectangles are 1-based
     * and inclusive, relative to the margins in origin mode, 0 for "to the edge"; see {@link Rectangles}.
     */
    public void fillRectangle(int codePoint, int top, int left, int bottom, int right) {
        int[] r = rectangle(top, left, bottom, right);
        if (r != null) {
            Rectangles.fill(grid, r[0], r[1], r[2], r[3], codePoint, pen);
        }
    }

    /** DECERA, and DECSERA when {@code selective} (protected cells are kept). */
    public void eraseRectangle(int top, int left, int bottom, int right, boolean selective) {
        int[] r = rectangle(top, left, bottom, right);
        if (r != null) {
            Rectangles.erase(grid, r[0], r[1], r[2], r[3], CellStyle.erased(pen), selective);
        }
    }

    /**
     * DECCRA: copies a rectangle so its top left corner lands on {@code (toRow, toCol)} (1-based),
     * clipped to the screen (to the margins in origin mode).
     */
    public void copyRectangle(int top, int left, int bottom, int right, int toRow, int toCol) {
        int[] r = rectangle(top, left, bottom, right);
        int[] to = rectangle(toRow, toCol, 0, 0);
        if (r != null && to != null) {
            Rectangles.copy(grid, r[0], r[1], r[2], r[3], to[0], to[1], to[2]);
        }
    }

    /** {top, left, bottom, right}, 0-based and inside the screen (the margins in origin mode); null when empty. */
    private int[] rectangle(int top, int left, int bottom, int right) {
        int first = originMode ? this.top : 0;
        int last = originMode ? this.bottom : rows - 1;
        // A far edge past the screen is clipped; a near edge past it leaves nothing, as in xterm.
        // xterm also counts the top margin twice for an omitted top edge in origin mode.
        int t = top <= 0 ? 2 * first : first + top - 1;
        int b = bottom <= 0 ? last : Math.min(first + bottom - 1, last);
        int l = Math.max(left, 1) - 1;
        int r = right <= 0 ? cols - 1 : Math.min(right - 1, cols - 1);
        return t > b || l > r ? null : new int[] {t, l, b, r};
    }

    /** DECALN: resets the margins and origin mode (as xterm does), homes the cursor and fills the screen with 'E'. */
    public void alignmentTest() {
        top = 0;
        bottom = rows - 1;
        originMode = false;
        for (int r = 0; r < rows; r++) {
            Line line = grid.line(r);
            line.clear(CellStyle.DEFAULT);
            line.fill(0, cols, 'E', CellStyle.DEFAULT);
            grid.touch(r);
        }
        moveTo(0, 0);
    }

    // ---- modes, pen, saved cursor, buffers -------------------------------------------------

    /** DECAWM. */
    public void setAutowrap(boolean on) {
        autowrap = on;
    }

    public boolean autowrap() {
        return autowrap;
    }

    /** DECOM; homes the cursor. */
    public void setOriginMode(boolean on) {
        originMode = on;
        moveTo(0, 0);
    }

    public boolean originMode() {
        return originMode;
    }

    /** IRM. */
    public void setInsertMode(boolean on) {
        insertMode = on;
    }

    public boolean insertMode() {
        return insertMode;
    }

    /** DECTCEM. */
    public void setCursorVisible(boolean on) {
        cursorVisible = on;
    }

    /** The style new text gets, see {@link CellStyle}. */
    public long pen() {
        return pen;
    }

    public void setPen(long style) {
        pen = style;
    }

    public int penUnderlineColor() {
        return penUnderline;
    }

    /** SGR 58/59. */
    public void setPenUnderlineColor(int color) {
        penUnderline = color;
    }

    /** OSC 8: the hyperlink new text carries, or null. */
    public void setPenLink(String uri) {
        penLink = uri;
    }

    public String penLink() {
        return penLink;
    }

    public Charsets charsets() {
        return charsets;
    }

    /** DECSC: saves position, pending wrap, pen, character sets and origin mode. */
    public void saveCursor() {
        SavedCursor saved = new SavedCursor(row, col, pendingWrap, pen, penUnderline, penLink,
                charsets.copy(), originMode);
        if (grid == main) {
            savedMain = saved;
        } else {
            savedAlternate = saved;
        }
    }

    /** DECRC: restores what DECSC saved, or homes the cursor with defaults when nothing was saved. */
    public void restoreCursor() {
        SavedCursor saved = grid == main ? savedMain : savedAlternate;
        if (saved == null) {
            pen = CellStyle.DEFAULT;
            penUnderline = 0;
            charsets.reset();
            originMode = false;
            moveTo(0, 0);
            return;
        }
        pen = saved.pen();
        penUnderline = saved.underline();
        penLink = saved.link();
        charsets.restore(saved.charsets());
        originMode = saved.originMode();
        row = Math.min(saved.row(), rows - 1);
        if (originMode) {
            // xterm places the saved row again as an origin-mode move, which keeps it above the
            // bottom margin set since (but not below the top one).
            row = Math.min(row, bottom);
        }
        col = Math.min(saved.col(), cols - 1);
        resetWrap();
        pendingWrap = saved.pendingWrap() && saved.col() < cols;
    }

    /** Switches to the alternate buffer (47, 1047, 1049); {@code clear} empties it first. */
    public void enterAlternate(boolean clear) {
        if (grid != alternate) {
            grid = alternate;
            touchAll();
        }
        if (clear) {
            alternate.clearRows(0, rows, CellStyle.erased(pen));
        }
    }

    /** Switches back to the main buffer; {@code clear} empties the alternate one first (1047). */
    public void leaveAlternate(boolean clear) {
        if (grid != alternate) {
            return;
        }
        if (clear) {
            alternate.clearRows(0, rows, CellStyle.erased(pen));
        }
        grid = main;
        touchAll();
    }

    public boolean alternateActive() {
        return grid == alternate;
    }

    /**
     * DECSTR: modes, margins, pen and charsets to defaults; text and cursor position stay. As in
     * xterm, the saved cursor becomes the home position with the new defaults (and the pending
     * wrap of the moment).
     */
    public void softReset() {
        cursorVisible = true;
        insertMode = false;
        originMode = false;
        autowrap = true;
        top = 0;
        bottom = rows - 1;
        charsets.reset();
        pen = CellStyle.DEFAULT;
        penUnderline = 0;
        penLink = null;
        SavedCursor home = new SavedCursor(0, 0, pendingWrap, pen, penUnderline, null, charsets.copy(), false);
        if (grid == main) {
            savedMain = home;
        } else {
            savedAlternate = home;
        }
    }

    /** RIS: everything back to the power-on state, scrollback included. */
    public void reset() {
        softReset();
        savedMain = null;
        savedAlternate = null;
        leaveAlternate(true);
        main.clearRows(0, rows, CellStyle.DEFAULT);
        main.history().clear();
        tabs.reset();
        row = 0;
        col = 0;
        resetWrap();
        lastGraphic = -1;
        clock.tick();
    }

    private void touchAll() {
        for (int r = 0; r < rows; r++) {
            grid.touch(r);
        }
    }

    // ---- size ------------------------------------------------------------------------------

    /**
     * Changes the size. The main buffer reflows soft-wrapped lines to the new width and keeps the
     * cursor on the same text; the alternate buffer is cut or padded. Margins reset.
     */
    public void resize(int newCols, int newRows) {
        newCols = clampSize(newCols);
        newRows = clampSize(newRows);
        if (newCols == cols && newRows == rows) {
            return;
        }
        boolean onMain = grid == main;
        int[] cursor = {row, col};
        Reflow.apply(main, newCols, newRows, onMain ? cursor : null);
        int[] altCursor = {row, col};
        Reflow.cut(alternate, newCols, newRows, onMain ? null : altCursor);
        if (!onMain) {
            cursor = altCursor;
        }
        cols = newCols;
        rows = newRows;
        row = clamp(cursor[0], 0, rows - 1);
        col = clamp(cursor[1], 0, cols - 1);
        resetWrap();
        top = 0;
        bottom = rows - 1;
        tabs.resize(cols);
        clock.tick();
    }

    private static int clampSize(int n) {
        return clamp(n, 1, MAX_SIZE);
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }

    // ---- reading (ScreenView) ------------------------------------------------------------------

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
        return grid.historySize();
    }

    @Override
    public int codePoint(int r, int c) {
        return grid.codePoint(r, c);
    }

    @Override
    public String combining(int r, int c) {
        return grid.combining(r, c);
    }

    @Override
    public int attrs(int r, int c) {
        return CellStyle.attrs(style(r, c));
    }

    @Override
    public int fg(int r, int c) {
        return CellStyle.fg(style(r, c));
    }

    @Override
    public int bg(int r, int c) {
        return CellStyle.bg(style(r, c));
    }

    @Override
    public int underlineColor(int r, int c) {
        return grid.underline(r, c);
    }

    @Override
    public String hyperlink(int r, int c) {
        return grid.link(r, c);
    }

    @Override
    public boolean wrapped(int r) {
        return grid.wrapped(r);
    }

    @Override
    public long rowVersion(int r) {
        return grid.line(r).version;
    }

    @Override
    public int cursorRow() {
        return row;
    }

    @Override
    public int cursorCol() {
        return col;
    }

    @Override
    public boolean cursorVisible() {
        return cursorVisible;
    }

    /** The packed {@link CellStyle} of a cell. */
    public long style(int r, int c) {
        return grid.style(r, c);
    }

    /** True while the cursor sits past the last column waiting to wrap. */
    public boolean pendingWrap() {
        return pendingWrap;
    }

    /** The top margin of the scroll region (0-based). */
    public int marginTop() {
        return top;
    }

    /** The bottom margin of the scroll region (0-based, inclusive). */
    public int marginBottom() {
        return bottom;
    }

    /** A number that changes whenever any cell of either buffer or the scrollback changes. */
    public long contentVersion() {
        return clock.now();
    }

    /** Approximate heap bytes held by the scrollback, for the memory benchmark and tests. */
    public long historyFootprint() {
        return main.history().footprint();
    }

    /**
     * An immutable copy of the visible screen; rows whose version differs from
     * {@code previous} (a former snapshot, or null) are marked changed.
     */
    public ScreenSnapshot snapshot(ScreenSnapshot previous) {
        return new ScreenSnapshot(this, previous == null ? null : previous.versions(), grid);
    }
}
