// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws pane borders: each pane's header row (a line carrying its number, name, status, title
 * and an optional tag such as {@code [zoom]}) and the separator columns between panes, with
 * proper box-drawing junctions where lines meet. Border cells take the focused colour when they
 * touch the focused pane, the attention colour when they touch a pane needing attention.
 * Keeps its scratch arrays between frames; confined to one thread.
 */
final class BorderPainter {
    private static final int UP = 1;
    private static final int DOWN = 2;
    private static final int LEFT = 4;
    private static final int RIGHT = 8;
    /** Box-drawing glyph for each combination of UP, DOWN, LEFT, RIGHT. */
    private static final char[] GLYPHS = {
        ' ', '│', '│', '│', '─', '┘', '┐', '┤', '─', '└', '┌', '├', '─', '┴', '┬', '┼',
    };
    private static final int NORMAL = 0;
    private static final int ATTENTION = 1;
    private static final int FOCUSED = 2;

    private int[] mask = new int[0];
    private int[] level = new int[0];
    /** Indices of the cells marked this frame, so reset and painting touch only border cells. */
    private int[] marked = new int[0];
    private int markedCount;
    private int cols;
    private int rows;

    /** Draws every visible pane's border; {@code tags[i]} is a short text shown at the right of pane i's header, or null. */
    void draw(Frame f, Plan plan, UiModel model, Looks looks, String[] tags) {
        Rect area = plan.paneArea;
        reset(area);
        for (int i = 0; i < plan.outer.size(); i++) {
            Rect o = plan.outer.get(i);
            if (!o.isEmpty()) {
                markPane(plan, i, o, levelOf(model, i));
            }
        }
        paintLines(f, area, looks);
        for (int i = 0; i < plan.outer.size(); i++) {
            Rect o = plan.outer.get(i);
            if (!o.isEmpty()) {
                HeaderText.draw(f, o, i, model, looks, tags[i]);
            }
        }
    }

    /** Everything {@link #draw} reads from its arguments: equal inputs draw the same cells. */
    static List<Object> inputs(Plan plan, UiModel model, String[] tags) {
        List<Object> in = new ArrayList<>(4 + model.panes().size() * 4);
        in.add(plan.paneArea);
        in.add(plan.outer);
        in.add(model.focused());
        in.add(Arrays.asList(tags.clone()));
        for (PaneModel p : model.panes()) {
            in.add(p.name());
            in.add(p.title());
            in.add(p.status());
            in.add(p.attention());
        }
        return in;
    }

    private static int levelOf(UiModel model, int i) {
        if (i == model.focused()) {
            return FOCUSED;
        }
        return model.panes().get(i).attention() ? ATTENTION : NORMAL;
    }

    private void reset(Rect area) {
        int n = area.cols() * area.rows();
        if (mask.length < n) {
            mask = new int[n];
            level = new int[n];
            marked = new int[n];
        } else if (area.cols() != cols || area.rows() != rows) {
            Arrays.fill(mask, 0);
            Arrays.fill(level, NORMAL);
        } else {
            for (int k = 0; k < markedCount; k++) {
                mask[marked[k]] = 0;
                level[marked[k]] = NORMAL;
            }
        }
        markedCount = 0;
        cols = area.cols();
        rows = area.rows();
    }

    /**
     * The header line (reaching over neighbouring separator columns), the separator at the
     * right, and the pane's level on the separator at its left.
     */
    private void markPane(Plan plan, int i, Rect o, int lvl) {
        int from = o.col() > plan.paneArea.col() ? o.col() - 1 : o.col();
        int to = plan.hasSeparatorRight(i) ? o.endCol() + 1 : o.endCol();
        for (int c = from; c < to; c++) {
            mark(o.row(), c, LEFT | RIGHT, lvl);
        }
        if (plan.hasSeparatorRight(i)) {
            int end = Math.min(o.endRow() + 1, plan.paneArea.endRow());
            for (int r = o.row(); r < end; r++) {
                mark(r, o.endCol(), UP | DOWN, lvl);
            }
        }
        if (o.col() > plan.paneArea.col()) {
            for (int r = o.row(); r < o.endRow(); r++) {
                mark(r, o.col() - 1, 0, lvl);
            }
        }
    }

    private void mark(int row, int col, int bits, int lvl) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            return;
        }
        int i = row * cols + col;
        if (mask[i] == 0 && level[i] == NORMAL) {
            marked[markedCount++] = i;
        }
        mask[i] |= bits;
        level[i] = Math.max(level[i], lvl);
    }

    /** Draws every marked cell with the glyph of the directions that really connect to a neighbour. */
    private void paintLines(Frame f, Rect area, Looks looks) {
        for (int k = 0; k < markedCount; k++) {
            int r = marked[k] / cols;
            int c = marked[k] % cols;
            int bits = mask[marked[k]];
            if (bits != 0) {
                int connected = bits;
                if (r == 0 || (mask[(r - 1) * cols + c] & DOWN) == 0) {
                    connected &= ~UP;
                }
                if (r == rows - 1 || (mask[(r + 1) * cols + c] & UP) == 0) {
                    connected &= ~DOWN;
                }
                if (c == 0 || (mask[r * cols + c - 1] & RIGHT) == 0) {
                    connected &= ~LEFT;
                }
                if (c == cols - 1 || (mask[r * cols + c + 1] & LEFT) == 0) {
                    connected &= ~RIGHT;
                }
                char glyph = GLYPHS[connected == 0 ? bits : connected];
                f.set(area.row() + r, area.col() + c, glyph, lookOf(level[r * cols + c], looks));
            }
        }
    }

    private static Look lookOf(int lvl, Looks looks) {
        return lvl == FOCUSED ? looks.borderFocused : lvl == ATTENTION ? looks.borderAttention : looks.border;
    }
}
