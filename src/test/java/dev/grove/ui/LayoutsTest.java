// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.keys.Bindings;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutsTest {

    private static UiModel model(int panes, int focused, LayoutMode layout) {
        return Models.model(Models.panes(panes, 80, 24), focused, layout, null);
    }

    @Test
    void onePaneFillsThePaneAreaUnderItsHeader() {
        UiModel m = new UiModel(Models.panes(1, 80, 24), 0, LayoutMode.TILED, List.of(), false, null, null, null, null);
        assertEquals(List.of(new Rect(0, 1, 80, 22)), Layouts.paneContents(m, 80, 24));
    }

    @Test
    void tiledGridAdaptsToCountAndSize() {
        List<Rect> two = Layouts.paneContents(model(2, 0, LayoutMode.TILED), 80, 24);
        assertEquals(two.get(0).row(), two.get(1).row(), "two panes side by side");
        assertEquals(79, two.get(0).cols() + two.get(1).cols(), "one separator column between them");
        List<Rect> four = Layouts.paneContents(model(4, 0, LayoutMode.TILED), 200, 50);
        assertEquals(four.get(0).row(), four.get(1).row());
        assertEquals(four.get(2).row(), four.get(3).row());
        assertTrue(four.get(2).row() > four.get(0).endRow() - 1, "a 2x2 grid at 200x50: " + four);
        List<Rect> three = Layouts.paneContents(model(3, 0, LayoutMode.TILED), 80, 24);
        assertEquals(80, three.get(2).cols(), "the last row's pane takes the full width: " + three);
        assertNoOverlaps(Layouts.paneContents(model(7, 3, LayoutMode.TILED), 200, 50));
    }

    @Test
    void zoomShowsOnlyTheFocusedPane() {
        List<Rect> rects = Layouts.paneContents(model(3, 1, LayoutMode.ZOOM), 80, 24);
        assertTrue(rects.get(0).isEmpty() && rects.get(2).isEmpty());
        assertEquals(80, rects.get(1).cols());
    }

    @Test
    void mainStackPutsTheFocusedPaneBesideTheOthers() {
        List<Rect> rects = Layouts.paneContents(model(4, 2, LayoutMode.MAIN_STACK), 120, 30);
        Rect main = rects.get(2);
        assertEquals(0, main.col());
        for (int i : new int[] {0, 1, 3}) {
            assertTrue(rects.get(i).col() > main.endCol() - 1, "stack to the right: " + rects);
            assertTrue(rects.get(i).cols() < main.cols());
        }
        assertNoOverlaps(rects);
        List<Rect> tall = Layouts.paneContents(model(3, 0, LayoutMode.MAIN_STACK), 60, 50);
        assertEquals(60, tall.get(0).cols(), "narrow terminals stack below the main pane: " + tall);
        assertTrue(tall.get(1).row() > tall.get(0).row());
    }

    @Test
    void paneAtFindsHeadersContentAndSeparators() {
        UiModel m = model(2, 0, LayoutMode.TILED);
        List<Rect> rects = Layouts.paneContents(m, 80, 24);
        Rect right = rects.get(1);
        assertEquals(1, Layouts.paneAt(m, 80, 24, right.row(), right.col() + 2));
        assertEquals(1, Layouts.paneAt(m, 80, 24, right.row() - 1, right.col() + 2), "header row");
        assertEquals(0, Layouts.paneAt(m, 80, 24, 5, rects.get(0).endCol()), "separator belongs to the left pane");
        assertEquals(-1, Layouts.paneAt(m, 80, 24, 23, 5), "status area");
    }

    @Test
    void tinySizesNeverThrowAndRectsStayInside() {
        List<Overlay> overlays = new ArrayList<>();
        overlays.add(null);
        overlays.add(new Overlay.Help(Bindings.defaults().help()));
        overlays.add(new Overlay.Prompt("name:", "x".repeat(100), 50));
        overlays.add(new Overlay.Confirm("really close this pane with a long question?"));
        overlays.add(new Overlay.TextView("view", List.of("a", "\u001b[31mb"), 5));
        overlays.add(new Overlay.History(3, "a", 0, 0, 1, 1));
        int[][] sizes = {{0, 0}, {1, 1}, {2, 1}, {1, 3}, {3, 3}, {5, 2}, {20, 5}, {8, 20}, {80, 24}};
        for (int[] size : sizes) {
            for (LayoutMode layout : LayoutMode.values()) {
                for (Overlay overlay : overlays) {
                    for (int panes : new int[] {0, 5}) {
                        UiModel m = Models.model(Models.panes(panes, 30, 10), panes == 0 ? -1 : panes - 1, layout, overlay);
                        for (Rect r : Layouts.paneContents(m, size[0], size[1])) {
                            assertTrue(r.isEmpty() || (r.col() >= 0 && r.row() >= 0 && r.endCol() <= size[0] && r.endRow() <= size[1]),
                                    r + " inside " + size[0] + "x" + size[1]);
                        }
                        ClientView view = new ClientView(Models.THEME, Models.CAPS, size[0], size[1], new ByteArrayOutputStream());
                        view.render(m);
                        view.resize(size[1], size[0]);
                        view.render(m);
                    }
                }
            }
        }
    }

    @Test
    void eighty24And200x50LookRight() {
        Models.Harness small = new Models.Harness(80, 24).render(model(4, 0, LayoutMode.TILED));
        assertTrue(small.row(0).contains("1 agent1") && small.row(0).contains("2 agent2"), small.screen());
        assertTrue(small.screen().contains("┼") || small.screen().contains("┴"), "junctions in a grid:\n" + small.screen());
        assertTrue(small.row(23).contains("C-b ? help"));
        Models.Harness big = new Models.Harness(200, 50).render(model(6, 5, LayoutMode.TILED));
        for (int i = 1; i <= 6; i++) {
            assertTrue(big.screen().contains(i + " agent" + i), "pane " + i + " shown:\n" + big.screen());
            assertTrue(big.screen().contains("hello from agent" + i));
        }
    }

    private static void assertNoOverlaps(List<Rect> rects) {
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                Rect a = rects.get(i);
                Rect b = rects.get(j);
                boolean overlap = !a.isEmpty() && !b.isEmpty() && a.col() < b.endCol() && b.col() < a.endCol()
                        && a.row() < b.endRow() && b.row() < a.endRow();
                assertFalse(overlap, a + " overlaps " + b);
            }
        }
    }
}
