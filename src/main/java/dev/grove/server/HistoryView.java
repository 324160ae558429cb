// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.keys.InputEvent;
import dev.grove.keys.KeyCode;
import dev.grove.keys.Modifiers;
import dev.grove.term.screen.ScreenView;
import dev.grove.ui.Overlay;
import java.util.Locale;

/**
 * History (copy) mode of one client on one pane: a copy cursor that moves through the pane's
 * scrollback and screen, the view scrolled to keep it visible, an optional selection from a
 * mark to the cursor, and a search. Rows are in {@link ScreenView} coordinates (negative rows
 * are scrollback). Confined to the session thread.
 */
final class HistoryView {
    /** What a key asks of the router. */
    enum Outcome { STAY, EXIT, COPY, SEARCH_PROMPT }

    private final String paneId;
    private int scrollBack;
    private int row;
    private int col;
    private int markRow = Overlay.History.NO_SELECTION;
    private int markCol;
    private String search = "";

    HistoryView(String paneId, ScreenView screen) {
        this.paneId = paneId;
        this.row = screen.cursorRow();
        this.col = screen.cursorCol();
    }

    String paneId() {
        return paneId;
    }

    Overlay.History overlay() {
        return new Overlay.History(scrollBack, search, markRow, markCol, row, col);
    }

    int scrollBack() {
        return scrollBack;
    }

    /** Scrolls by {@code lines} (positive = back into history), moving the cursor along. */
    void scroll(ScreenView screen, int lines) {
        scrollBack = clamp(scrollBack + lines, 0, screen.historySize());
        row = clamp(row - lines, -screen.historySize(), screen.rows() - 1);
        follow(screen);
    }

    Outcome key(InputEvent.Key key, ScreenView screen) {
        int page = Math.max(1, screen.rows() - 1);
        KeyCode c = key.code();
        int cp = c == KeyCode.CHAR && (key.modifiers() & Modifiers.CTRL) == 0 ? key.codePoint() : 0;
        if (c == KeyCode.ESCAPE || cp == 'q' || key.is('c', Modifiers.CTRL)) {
            return Outcome.EXIT;
        } else if (c == KeyCode.ENTER || cp == 'y') {
            return markRow == Overlay.History.NO_SELECTION ? Outcome.EXIT : Outcome.COPY;
        } else if (cp == '/') {
            return Outcome.SEARCH_PROMPT;
        } else if (cp == 'v' || cp == ' ') {
            toggleMark();
        } else if (cp == 'n' || cp == 'N') {
            find(screen, cp == 'n');
        } else {
            move(key, cp, page, screen);
        }
        follow(screen);
        return Outcome.STAY;
    }

    private void move(InputEvent.Key key, int cp, int page, ScreenView screen) {
        KeyCode c = key.code();
        if (c == KeyCode.UP || cp == 'k') {
            row--;
        } else if (c == KeyCode.DOWN || cp == 'j') {
            row++;
        } else if (c == KeyCode.LEFT || cp == 'h') {
            col--;
        } else if (c == KeyCode.RIGHT || cp == 'l') {
            col++;
        } else if (c == KeyCode.PAGE_UP || key.is('b', Modifiers.CTRL)) {
            row -= page;
        } else if (c == KeyCode.PAGE_DOWN || key.is('f', Modifiers.CTRL)) {
            row += page;
        } else if (c == KeyCode.HOME || cp == 'g') {
            row = -screen.historySize();
        } else if (c == KeyCode.END || cp == 'G') {
            row = screen.rows() - 1;
        } else if (cp == '0') {
            col = 0;
        } else if (cp == '$') {
            col = screen.cols() - 1;
        }
        row = clamp(row, -screen.historySize(), screen.rows() - 1);
        col = clamp(col, 0, screen.cols() - 1);
    }

    /** Sets the search text and jumps to its nearest occurrence above the cursor. */
    void search(String text, ScreenView screen) {
        search = text;
        find(screen, true);
        follow(screen);
    }

    private void find(ScreenView screen, boolean older) {
        if (search.isEmpty()) {
            return;
        }
        String needle = search.toLowerCase(Locale.ROOT);
        int step = older ? -1 : 1;
        for (int r = row + step; r >= -screen.historySize() && r < screen.rows(); r += step) {
            int at = ScreenText.row(screen, r).toLowerCase(Locale.ROOT).indexOf(needle);
            if (at >= 0) {
                row = r;
                col = at;
                return;
            }
        }
    }

    private void toggleMark() {
        if (markRow == Overlay.History.NO_SELECTION) {
            markRow = row;
            markCol = col;
        } else {
            markRow = Overlay.History.NO_SELECTION;
        }
    }

    /** The selected text: whole rows between mark and cursor, soft-wrapped rows joined. */
    String selectedText(ScreenView screen) {
        if (markRow == Overlay.History.NO_SELECTION) {
            return "";
        }
        boolean forward = markRow < row || (markRow == row && markCol <= col);
        int r0 = forward ? markRow : row;
        int c0 = forward ? markCol : col;
        int r1 = forward ? row : markRow;
        int c1 = forward ? col : markCol;
        StringBuilder out = new StringBuilder();
        for (int r = r0; r <= r1; r++) {
            String line = ScreenText.row(screen, r);
            int from = r == r0 ? Math.min(c0, line.length()) : 0;
            int to = r == r1 ? Math.min(c1 + 1, line.length()) : line.length();
            out.append(from < to ? line.substring(from, to) : "");
            if (r < r1 && !screen.wrapped(r)) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Scrolls so the cursor row is visible. */
    private void follow(ScreenView screen) {
        int top = -scrollBack;
        int bottom = top + screen.rows() - 1;
        if (row < top) {
            scrollBack = -row;
        } else if (row > bottom) {
            scrollBack = Math.max(0, -(row - screen.rows() + 1));
        }
        scrollBack = clamp(scrollBack, 0, screen.historySize());
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
