// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.ScreenView;

/**
 * History (copy) mode on the focused pane, drawn over its already painted content: every match
 * of the search text (case-insensitive when the search is all lower case) and the selection
 * are recoloured; the copy cursor sits at the selection's end. Stateless.
 */
final class HistoryPainter {
    private HistoryPainter() {}

    /** Recolours matches and selection; returns the copy cursor {row, col} on screen, or null when it is off screen. */
    static int[] draw(Frame f, Rect content, ScreenView view, int offset, Overlay.History h, Looks looks) {
        String search = h.search() == null ? "" : h.search();
        boolean ignoreCase = search.equals(search.toLowerCase(java.util.Locale.ROOT));
        int width = Math.min(content.cols(), view.cols());
        for (int r = 0; r < content.rows(); r++) {
            int viewRow = r - offset;
            if (viewRow < -view.historySize() || viewRow >= view.rows()) {
                continue;
            }
            int base = (content.row() + r) * f.cols + content.col();
            if (!search.isEmpty()) {
                highlightMatches(f, base, width, search, ignoreCase, looks.searchMatch);
            }
            if (h.hasSelection()) {
                highlightSelection(f, base, width, viewRow, h, looks.selection);
            }
        }
        int row = h.selEndRow() + offset;
        int col = h.selEndCol();
        if (row < 0 || row >= content.rows() || col < 0 || col >= content.cols()) {
            return null;
        }
        return new int[] {content.row() + row, content.col() + col};
    }

    private static void highlightMatches(Frame f, int base, int width, String search, boolean ignoreCase, Look look) {
        StringBuilder text = new StringBuilder(width);
        int[] colOf = new int[width * 2 + 1];
        for (int c = 0; c < width; c++) {
            int cp = f.cp[base + c];
            if (cp == Frame.SPACER) {
                continue;
            }
            int at = text.length();
            text.appendCodePoint(cp);
            for (int k = at; k < text.length(); k++) {
                colOf[k] = c;
            }
        }
        String s = text.toString();
        int m = search.length();
        for (int i = 0; i + m <= s.length(); i++) {
            if (s.regionMatches(ignoreCase, i, search, 0, m)) {
                int last = colOf[i + m - 1];
                if (last + 1 < width && f.cp[base + last + 1] == Frame.SPACER) {
                    last++;
                }
                paint(f, base + colOf[i], base + last, look);
                i += m - 1;
            }
        }
    }

    private static void highlightSelection(Frame f, int base, int width, int viewRow, Overlay.History h, Look look) {
        boolean forward = h.selStartRow() < h.selEndRow()
                || (h.selStartRow() == h.selEndRow() && h.selStartCol() <= h.selEndCol());
        int sr = forward ? h.selStartRow() : h.selEndRow();
        int sc = forward ? h.selStartCol() : h.selEndCol();
        int er = forward ? h.selEndRow() : h.selStartRow();
        int ec = forward ? h.selEndCol() : h.selStartCol();
        if (viewRow < sr || viewRow > er) {
            return;
        }
        int from = viewRow == sr ? Math.max(0, sc) : 0;
        int to = viewRow == er ? Math.min(width - 1, ec) : width - 1;
        if (from <= to) {
            paint(f, base + from, base + to, look);
        }
    }

    private static void paint(Frame f, int from, int to, Look look) {
        f.touch(from / f.cols);
        for (int i = from; i <= to; i++) {
            if (look.fg() == 0 && look.bg() == 0) {
                f.attrs[i] ^= Attrs.INVERSE;
            } else {
                f.attrs[i] = (f.attrs[i] & (Frame.WIDE | Attrs.BOLD | Attrs.ITALIC)) | look.attrs();
                f.fg[i] = look.fg();
                f.bg[i] = look.bg();
            }
        }
    }
}
