// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.CharWidth;
import dev.grove.term.screen.ScreenView;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Copies pane contents from the emulator's screen views into the frame, cell by cell, clipping
 * to the pane's rectangle and keeping wide characters whole. Rows whose {@code rowVersion} did
 * not change since the last frame are skipped (the frame keeps them) unless something was drawn
 * over them. Confined to one thread.
 */
final class PanePainter {
    /** What was copied for one pane last time. */
    private static final class Cache {
        ScreenView screen;
        Rect rect;
        int offset;
        int viewCols;
        int viewRows;
        long[] versions = new long[0];
        boolean[] valid = new boolean[0];
        long frame;
    }

    /** The first code point that can be wide. */
    private static final int WIDE_START = 0x1100;

    private final Map<String, Cache> caches = new HashMap<>();
    private long frameNumber;

    /** Starts a frame; caches of panes not painted in the previous frame are dropped. */
    void beginFrame() {
        frameNumber++;
        for (Iterator<Cache> it = caches.values().iterator(); it.hasNext(); ) {
            if (it.next().frame < frameNumber - 1) {
                it.remove();
            }
        }
    }

    /** Forgets every cached row, so the next frame copies everything. */
    void invalidateAll() {
        caches.clear();
    }

    /**
     * Paints a pane's content at {@code r}, showing the screen scrolled back by {@code offset}
     * lines; rows unchanged since the last frame are left as they are.
     */
    void paint(Frame f, Rect r, String id, ScreenView view, int offset) {
        Cache cache = caches.computeIfAbsent(id, k -> new Cache());
        if (cache.screen != view || !r.equals(cache.rect) || cache.offset != offset
                || cache.viewCols != view.cols() || cache.viewRows != view.rows()) {
            cache.screen = view;
            cache.rect = r;
            cache.offset = offset;
            cache.viewCols = view.cols();
            cache.viewRows = view.rows();
            cache.versions = new long[r.rows()];
            cache.valid = new boolean[r.rows()];
        }
        cache.frame = frameNumber;
        for (int row = 0; row < r.rows(); row++) {
            int viewRow = row - offset;
            boolean live = viewRow >= 0 && viewRow < view.rows();
            if (live && offset == 0) {
                long v = view.rowVersion(viewRow);
                if (cache.valid[row] && cache.versions[row] == v) {
                    continue;
                }
                cache.versions[row] = v;
                cache.valid[row] = true;
            } else {
                cache.valid[row] = false;
            }
            copyRow(f, r, row, view, viewRow);
        }
    }

    /** Content rows of pane {@code id} that chrome drew over must be copied again next frame. */
    void overdrawn(String id, int fromRow, int toRow) {
        Cache cache = caches.get(id);
        if (cache != null) {
            Arrays.fill(cache.valid, Math.max(0, fromRow), Math.min(cache.valid.length, toRow), false);
        }
    }

    /**
     * Copies one row. A wide character is kept only with its spacer inside the pane; a wide
     * character cut by the pane's edge, or a half without its other half, shows as a blank.
     */
    private static void copyRow(Frame f, Rect r, int row, ScreenView view, int viewRow) {
        int base = (r.row() + row) * f.cols + r.col();
        f.touch(r.row() + row);
        boolean inView = viewRow >= -view.historySize() && viewRow < view.rows();
        int n = inView ? Math.min(r.cols(), view.cols()) : 0;
        boolean extras = false;
        for (int c = 0; c < n; c++) {
            int i = base + c;
            int cp = view.codePoint(viewRow, c);
            int wide = 0;
            if (cp == ScreenView.WIDE_SPACER) {
                cp = c > 0 && (f.attrs[i - 1] & Frame.WIDE) != 0 ? Frame.SPACER : ' ';
            } else {
                cp = printable(cp);
                if (cp >= WIDE_START && CharWidth.of(cp) == 2) {
                    boolean whole = c + 1 < n && view.codePoint(viewRow, c + 1) == ScreenView.WIDE_SPACER;
                    wide = whole ? Frame.WIDE : 0;
                    cp = whole ? cp : ' ';
                }
            }
            f.cp[i] = cp;
            String m = cp > ' ' ? view.combining(viewRow, c) : null;
            String l = view.hyperlink(viewRow, c);
            f.comb[i] = m;
            f.link[i] = l;
            extras |= m != null || l != null;
            f.attrs[i] = view.attrs(viewRow, c) | wide;
            f.fg[i] = view.fg(viewRow, c);
            f.bg[i] = view.bg(viewRow, c);
            f.ul[i] = view.underlineColor(viewRow, c);
        }
        f.extrasInRow[r.row() + row] |= extras;
        clearCells(f, base + n, r.cols() - n);
    }

    private static int printable(int cp) {
        return cp <= 0x20 || (cp >= 0x7f && cp < 0xa0) ? ' ' : cp;
    }

    private static void clearCells(Frame f, int from, int count) {
        if (count <= 0) {
            return;
        }
        Arrays.fill(f.cp, from, from + count, ' ');
        Arrays.fill(f.comb, from, from + count, null);
        Arrays.fill(f.link, from, from + count, null);
        Arrays.fill(f.attrs, from, from + count, 0);
        Arrays.fill(f.fg, from, from + count, 0);
        Arrays.fill(f.bg, from, from + count, 0);
        Arrays.fill(f.ul, from, from + count, 0);
    }
}
