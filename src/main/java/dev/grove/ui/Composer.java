// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.ScreenView;
import java.util.List;

/**
 * Composes one frame from a model: pane contents, borders, footers, history mode, the status
 * area and overlays, in that order (later things are drawn over earlier ones), and decides
 * where the cursor goes. Keeps the painters' caches between frames; confined to one thread.
 */
final class Composer {
    private final Looks looks;
    private final PanePainter panes = new PanePainter();
    private final BorderPainter borders = new BorderPainter();
    private boolean overlayLastFrame;
    /**
     * What the borders and the status area were last drawn from; while it stays the same their
     * cells are still in the frame and are not drawn again. Null when they must be.
     */
    private List<Object> bordersDrawn;
    private List<Object> statusDrawn;
    /** Where the cursor goes: row, col, and 1 when visible. */
    final int[] cursor = new int[3];

    Composer(Looks looks) {
        this.looks = looks;
    }

    /** The frame's cells changed outside the composer (new size): draw everything again. */
    void invalidate() {
        panes.invalidateAll();
        bordersDrawn = null;
        statusDrawn = null;
    }

    void compose(Frame f, UiModel model) {
        Plan plan = Plan.of(model, f.cols, f.rows);
        if (overlayLastFrame) {
            invalidate();
        }
        panes.beginFrame();
        cursor[2] = 0;
        List<PaneModel> list = model.panes();
        String[] tags = new String[list.size()];
        boolean anyShown = false;
        for (int i = 0; i < list.size(); i++) {
            Rect content = plan.content.get(i);
            if (content.isEmpty()) {
                continue;
            }
            anyShown = true;
            paintPane(f, model, i, content, tags);
        }
        tagHiddenPanes(model, plan, tags);
        if (!anyShown) {
            Rect a = plan.paneArea;
            f.fill(a.row(), a.col(), a.rows(), a.cols(), ' ', Look.PLAIN);
            if (list.isEmpty() && a.rows() > 0) {
                String hint = TextWidth.fit("no panes", a.cols());
                f.text(a.row() + a.rows() / 2, a.col() + Math.max(0, (a.cols() - TextWidth.of(hint)) / 2), hint, a.endCol(), looks.title);
            }
            bordersDrawn = null;
        }
        List<Object> bordersFrom = BorderPainter.inputs(plan, model, tags);
        if (!bordersFrom.equals(bordersDrawn)) {
            borders.draw(f, plan, model, looks, tags);
            bordersDrawn = bordersFrom;
        }
        List<Object> statusFrom = StatusPainter.inputs(plan, model, f.cols);
        if (!statusFrom.equals(statusDrawn)) {
            StatusPainter.draw(f, plan, model, looks);
            statusDrawn = statusFrom;
        }
        Overlay overlay = model.overlay();
        overlayLastFrame = overlay != null && !(overlay instanceof Overlay.History);
        if (overlayLastFrame) {
            int[] at = OverlayPainter.draw(f, overlay, looks);
            cursor[2] = 0;
            if (at != null) {
                setCursor(at[0], at[1]);
            }
        }
    }

    private void paintPane(Frame f, UiModel model, int i, Rect content, String[] tags) {
        PaneModel pane = model.panes().get(i);
        ScreenView view = pane.screen();
        String id = pane.id() != null ? pane.id() : "#" + i;
        boolean focused = i == model.focused();
        Overlay.History history = focused && model.overlay() instanceof Overlay.History ? (Overlay.History) model.overlay() : null;
        if (view == null) {
            f.fill(content.row(), content.col(), content.rows(), content.cols(), ' ', Look.PLAIN);
            return;
        }
        int wanted = history != null ? history.scrollBack() : pane.scrollBack();
        int offset = Math.max(0, Math.min(wanted, view.historySize()));
        panes.paint(f, content, id, view, offset);
        tags[i] = tag(model, i, view, offset, history);
        if (history != null) {
            int[] at = HistoryPainter.draw(f, content, view, offset, history, looks);
            panes.overdrawn(id, 0, content.rows());
            if (at != null) {
                setCursor(at[0], at[1]);
            }
        } else if (focused && offset == 0 && view.cursorVisible()) {
            int r = view.cursorRow();
            int c = view.cursorCol();
            if (r >= 0 && r < content.rows() && c >= 0 && c < content.cols()) {
                setCursor(content.row() + r, content.col() + c);
            }
        }
        if (pane.footer() != null && !pane.footer().isEmpty()) {
            int row = content.endRow() - 1;
            f.fill(row, content.col(), 1, content.cols(), ' ', looks.footer);
            f.text(row, content.col() + 1, TextWidth.fit(HeaderText.clean(pane.footer()), content.cols() - 2), content.endCol(), looks.footer);
            panes.overdrawn(id, content.rows() - 1, content.rows());
        }
    }

    private static String tag(UiModel model, int i, ScreenView view, int offset, Overlay.History history) {
        if (history != null) {
            String search = history.search() == null || history.search().isEmpty() ? "" : "  /" + history.search();
            return "history " + offset + "/" + view.historySize() + search;
        }
        if (offset > 0) {
            return "scrolled " + offset + "/" + view.historySize();
        }
        if (model.layout() == LayoutMode.ZOOM && model.panes().size() > 1 && i == model.focused()) {
            return "zoom " + (i + 1) + "/" + model.panes().size();
        }
        return null;
    }

    /** Outside zoom, panes without room are counted on the focused pane's header. */
    private static void tagHiddenPanes(UiModel model, Plan plan, String[] tags) {
        int focused = model.focused();
        if (model.layout() == LayoutMode.ZOOM || focused < 0 || focused >= tags.length || tags[focused] != null) {
            return;
        }
        int hidden = 0;
        for (Rect r : plan.content) {
            hidden += r.isEmpty() ? 1 : 0;
        }
        if (hidden > 0) {
            tags[focused] = "+" + hidden + " hidden";
        }
    }

    private void setCursor(int row, int col) {
        cursor[0] = row;
        cursor[1] = col;
        cursor[2] = 1;
    }
}
