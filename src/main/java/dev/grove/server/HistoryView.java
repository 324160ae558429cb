// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.term.screen.ScreenText;
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

    /** Applies a history-mode action ({@code Bindings.inHistory}); null (an unbound key) does nothing. */
    Outcome act(String action, ScreenView screen) {
        if (action == null) {
            return Outcome.STAY;
        }
        int page = Math.max(1, screen.rows() - 1);
        switch (action) {
            case "history-exit": return Outcome.EXIT;
            case "history-copy": return markRow == Overlay.History.NO_SELECTION ? Outcome.EXIT : Outcome.COPY;
            case "history-search": return Outcome.SEARCH_PROMPT;
            case "history-select": toggleMark(); break;
            case "history-next-match": find(screen, true); break;
            case "history-prev-match": find(screen, false); break;
            case "history-up": row--; break;
            case "history-down": row++; break;
            case "history-left": col--; break;
            case "history-right": col++; break;
            case "history-page-up": row -= page; break;
            case "history-page-down": row += page; break;
            case "history-top": row = -screen.historySize(); break;
            case "history-bottom": row = screen.rows() - 1; break;
            case "history-line-start": col = 0; break;
            case "history-line-end": col = screen.cols() - 1; break;
            default: throw new IllegalArgumentException("unknown history action " + action);
        }
        row = clamp(row, -screen.historySize(), screen.rows() - 1);
        col = clamp(col, 0, screen.cols() - 1);
        follow(screen);
        return Outcome.STAY;
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
            int at = ScreenText.line(screen, r).toLowerCase(Locale.ROOT).indexOf(needle);
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
            String line = ScreenText.line(screen, r);
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
