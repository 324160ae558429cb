// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;
import dev.grove.term.screen.ScreenView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bytes a view sends: replayed through grove's emulator they show the composed frame, and they are few. */
class RenderBytesTest {

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void firstRenderDrawsEverythingInOneSynchronizedWriteWithoutClearing() {
        EmulatedClient client = new EmulatedClient(80, 24);
        int n = client.render(Models.model(Models.panes(2, 40, 20), 0, LayoutMode.TILED, null));
        assertEquals(client.last.length, n);
        assertEquals(1, client.writes, "one write per frame");
        String out = s(client.last);
        assertTrue(out.startsWith("\u001b[?2026h"), "frame starts a synchronized update");
        assertTrue(out.endsWith("\u001b[?2026l"), "frame ends the synchronized update");
        assertFalse(out.contains("\u001b[2J"), "a full redraw never clears the screen");
        client.assertShowsFrame();
    }

    @Test
    void unchangedModelWritesNothing() {
        EmulatedClient client = new EmulatedClient(80, 24);
        UiModel model = Models.model(Models.panes(3, 40, 20), 1, LayoutMode.TILED, null);
        client.render(model);
        int writes = client.writes;
        assertEquals(0, client.render(model));
        assertEquals(0, client.last.length);
        assertEquals(writes, client.writes);
    }

    @Test
    void oneChangedCellWritesAHandfulOfBytes() {
        EmulatedClient client = new EmulatedClient(120, 40);
        List<PaneModel> panes = Models.panes(2, 60, 30);
        UiModel model = Models.model(panes, 0, LayoutMode.TILED, null);
        client.render(model);
        ((ArrayScreen) panes.get(1).screen()).write(10, 20, "x");
        int n = client.render(model);
        assertTrue(n > 0 && n <= 40, "bytes for one cell: " + n + " " + s(client.last).replace("\u001b", "ESC"));
        client.assertShowsFrame();
        EmulatedClient plain = new EmulatedClient(120, 40, Models.THEME, new ClientCaps(true, false));
        plain.render(model);
        ((ArrayScreen) panes.get(1).screen()).write(10, 21, "y");
        int m = plain.render(model);
        assertTrue(m > 0 && m <= 20, "bytes for one cell without synchronized output: " + m);
        plain.assertShowsFrame();
    }

    @Test
    void aChangedLineWhoseFirstLettersStayedIsStillWrittenAsWholeText() {
        EmulatedClient client = new EmulatedClient(120, 40);
        List<PaneModel> panes = Models.panes(1, 120, 30);
        UiModel model = Models.model(panes, 0, LayoutMode.TILED, null);
        ArrayScreen screen = (ArrayScreen) panes.get(0).screen();
        screen.write(12, 0, "MXBKLNPRTU old line");
        client.render(model);
        screen.write(12, 0, "MXBACDEFGH new line");
        client.render(model);
        assertTrue(s(client.last).contains("MXBACDEFGH"), s(client.last).replace("\u001b", "ESC"));
        client.assertShowsFrame();
        screen.write(12, 0, "MXBACDEFGH new lime");
        client.render(model);
        assertFalse(s(client.last).contains("MXB"), "a change far from the start writes only near it: "
                + s(client.last).replace("\u001b", "ESC"));
        client.assertShowsFrame();
    }

    @Test
    void resizeRedrawsEverything() {
        EmulatedClient client = new EmulatedClient(80, 24);
        UiModel model = Models.model(Models.panes(2, 60, 30), 0, LayoutMode.TILED, null);
        client.render(model);
        client.resize(100, 30);
        int n = client.render(model);
        assertTrue(n > 100 * 4, "full redraw after resize: " + n);
        client.assertShowsFrame();
        assertTrue(client.screenText().contains("hello from agent2"));
    }

    @Test
    void invalidateRedrawsEverything() {
        EmulatedClient client = new EmulatedClient(80, 24);
        UiModel model = Models.model(Models.panes(2, 60, 30), 0, LayoutMode.TILED, null);
        int first = client.render(model);
        client.view.invalidate();
        int again = client.render(model);
        assertTrue(again > first / 2, "redraw after invalidate: " + again + " of " + first);
        client.assertShowsFrame();
    }

    @Test
    void emojiWideAndCombiningCharactersAreEncodedWhole() {
        ArrayScreen screen = new ArrayScreen(40, 10).write(2, 0, "a😀b中e\u0301z");
        EmulatedClient client = new EmulatedClient(40, 12);
        client.render(new UiModel(List.of(Models.pane("p", null, screen)), 0, LayoutMode.TILED, List.of(), false, null, null, null, null));
        assertTrue(s(client.last).contains("a😀b中e\u0301z"), "whole strings: " + s(client.last));
        client.assertShowsFrame();
    }

    @Test
    void hyperlinksReachTheClientAndEndWithTheirText() {
        ArrayScreen screen = new ArrayScreen(40, 5).write(1, 0, "see docs here").link(1, 4, 8, "https://example.com/\u001bx");
        EmulatedClient client = new EmulatedClient(40, 8);
        client.render(new UiModel(List.of(Models.pane("p", null, screen)), 0, LayoutMode.TILED, List.of(), false, null, null, null, null));
        String out = s(client.last);
        assertTrue(out.contains("\u001b]8;;https://example.com/x\u001b\\docs\u001b]8;;\u001b\\"), out.replace("\u001b", "ESC"));
        client.assertShowsFrame();
        assertEquals("https://example.com/x", client.terminal.screen().hyperlink(2, 4));
    }

    @Test
    void aLinkEndingOneRowDoesNotSpillIntoTheRewrittenStartOfTheNext() {
        ArrayScreen screen = new ArrayScreen(40, 5).write(1, 0, "see").write(2, 0, "abcold");
        UiModel model = new UiModel(List.of(Models.pane("p", null, screen)), 0, LayoutMode.TILED, List.of(), false, null, null, null, null);
        EmulatedClient client = new EmulatedClient(40, 8);
        client.render(model);
        screen.write(1, 0, "see here").link(1, 4, 8, "https://example.com/").write(2, 0, "abcnew");
        client.render(model);
        assertTrue(s(client.last).contains("abcnew"), s(client.last).replace("\u001b", "ESC"));
        client.assertShowsFrame();
        assertEquals("https://example.com/", client.terminal.screen().hyperlink(2, 4));
        assertEquals(null, client.terminal.screen().hyperlink(3, 0), "the next row's rewritten start has no link");
    }

    @Test
    void trueColourPassesThroughOrMapsTo256() {
        ArrayScreen screen = new ArrayScreen(20, 5).write(0, 0, "rgb", 0, Colors.rgb(0x12, 0x34, 0x56), 0);
        UiModel model = new UiModel(List.of(Models.pane("p", null, screen)), 0, LayoutMode.TILED, List.of(), false, null, null, null, null);
        EmulatedClient rich = new EmulatedClient(20, 8, Models.THEME, new ClientCaps(true, false));
        rich.render(model);
        assertTrue(s(rich.last).contains("38;2;18;52;86"), s(rich.last));
        EmulatedClient plain = new EmulatedClient(20, 8, Models.THEME, new ClientCaps(false, false));
        plain.render(model);
        assertFalse(s(plain.last).contains(";2;"), "no 24-bit colour for a 256-colour client");
        assertFalse(s(plain.last).contains("2026"), "no synchronized output when unsupported");
        assertEquals(Colors.indexed(Palette256.nearest(0x123456)), plain.terminal.screen().fg(1, 0));
    }

    @Test
    void cursorFollowsTheFocusedPane() {
        ArrayScreen a = new ArrayScreen(30, 10).cursor(3, 7, true);
        ArrayScreen b = new ArrayScreen(30, 10).cursor(1, 1, false);
        EmulatedClient client = new EmulatedClient(61, 14);
        List<PaneModel> panes = List.of(Models.pane("a", null, a), Models.pane("b", null, b));
        client.render(new UiModel(panes, 0, LayoutMode.TILED, List.of(), false, null, null, null, null));
        List<Rect> rects = Layouts.paneContents(new UiModel(panes, 0, LayoutMode.TILED, List.of(), false, null, null, null, null), 61, 14);
        assertEquals(rects.get(0).row() + 3, client.terminal.screen().cursorRow());
        assertEquals(rects.get(0).col() + 7, client.terminal.screen().cursorCol());
        assertTrue(client.terminal.screen().cursorVisible());
        int n = client.render(new UiModel(panes, 1, LayoutMode.TILED, List.of(), false, null, null, null, null));
        assertTrue(n > 0);
        assertFalse(client.terminal.screen().cursorVisible(), "the focused pane hides its cursor");
    }

    @Test
    void randomChangesAlwaysLeaveTheClientShowingTheFrame() {
        Random random = new Random(42);
        List<ArrayScreen> screens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ArrayScreen screen = new ArrayScreen(70, 30);
            for (int h = 0; h < 40; h++) {
                screen.addHistory("history line " + h + " of pane " + i);
            }
            screens.add(screen);
        }
        EmulatedClient client = new EmulatedClient(120, 36);
        for (int step = 0; step < 150; step++) {
            for (int k = random.nextInt(6); k >= 0; k--) {
                scribble(screens.get(random.nextInt(screens.size())), random);
            }
            int paneCount = 1 + random.nextInt(screens.size());
            List<PaneModel> panes = new ArrayList<>();
            for (int i = 0; i < paneCount; i++) {
                boolean attention = random.nextInt(5) == 0;
                String footer = random.nextInt(8) == 0 ? "exited 1 — press r to restart" : null;
                panes.add(new PaneModel("p" + i, "agent" + i, "t" + random.nextInt(3), "In progress", attention, screens.get(i), 0, footer));
            }
            Overlay overlay = randomOverlay(random);
            LayoutMode layout = LayoutMode.values()[random.nextInt(3)];
            UiModel model = new UiModel(panes, random.nextInt(paneCount), layout, Models.table(paneCount),
                    random.nextBoolean(), null, "hints " + step, overlay, null, List.of("Branch"));
            if (random.nextInt(25) == 0) {
                client.resize(80 + random.nextInt(60), 20 + random.nextInt(20));
            }
            client.render(model);
            client.assertShowsFrame();
        }
    }

    private static Overlay randomOverlay(Random random) {
        switch (random.nextInt(12)) {
            case 0: return new Overlay.Confirm("close agent" + random.nextInt(9) + "?");
            case 1: return new Overlay.Help(List.of(new String[] {"", "Keys"}, new String[] {"C-b z", "zoom"}), random.nextInt(3));
            case 2: return new Overlay.Prompt("name:", "agent" + random.nextInt(99), random.nextInt(6));
            case 3: return new Overlay.TextView("diff", List.of("\u001b[32m+ok\u001b[m", "-no", "中文"), random.nextInt(3));
            case 4: return new Overlay.History(random.nextInt(45), "line 1", -random.nextInt(20), random.nextInt(10), -random.nextInt(5), random.nextInt(30));
            default: return null;
        }
    }

    /** Random text, colours, attributes and wide characters at random places. */
    private static void scribble(ArrayScreen screen, Random random) {
        String[] words = {"hello", "中文字", "😀ok", "e\u0301", "   ", "world of text", "x"};
        int[] colors = {0, Colors.indexed(1), Colors.indexed(12), Colors.indexed(200), Colors.rgb(10, 200, 30)};
        int[] attrs = {0, Attrs.BOLD, Attrs.ITALIC | Attrs.FAINT, Attrs.INVERSE, Attrs.withUnderline(0, Attrs.UNDERLINE_CURLY), Attrs.STRIKE};
        int row = random.nextInt(screen.rows());
        int col = random.nextInt(screen.cols());
        screen.write(row, col, words[random.nextInt(words.length)], attrs[random.nextInt(attrs.length)],
                colors[random.nextInt(colors.length)], colors[random.nextInt(colors.length)]);
        assertTrue(screen.codePoint(row, col) != ScreenView.WIDE_SPACER || col > 0);
    }
}
