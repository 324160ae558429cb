// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.grove.config.Themes;
import dev.grove.keys.Bindings;
import dev.grove.term.screen.Colors;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** What a view draws, read back from Lanterna's virtual terminal. */
class ClientViewTest {
    private static final Looks LOOKS = new Looks(Models.THEME);

    private static TextColor color(int packed) {
        return LanternaColors.toLanterna(packed, true);
    }

    @Test
    void bordersCarryNumberNameStatusAndTitle() {
        Models.Harness h = new Models.Harness(120, 30).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED, null));
        String top = h.row(0);
        assertTrue(top.startsWith("─ 1 agent1 ─ In progress ─ title of agent1 ─"), top);
        assertTrue(top.contains("─ 2 agent2 ─ In progress ─ title of agent2 ─"), top);
        int sep = top.indexOf('┬');
        assertTrue(sep > 0, "junction where the separator meets the header: " + top);
        assertEquals('│', h.row(5).charAt(sep));
        assertTrue(h.row(1).startsWith("hello from agent1"));
        assertTrue(h.row(1).substring(sep + 1).startsWith("hello from agent2"));
    }

    @Test
    void focusedPaneStandsOutAndAttentionLightsUp() {
        List<PaneModel> panes = Models.panes(3, 60, 20);
        PaneModel third = panes.get(2);
        panes.set(2, new PaneModel(third.id(), third.name(), null, "Waiting for input", true, third.screen(), 0, null));
        Models.Harness h = new Models.Harness(120, 30).render(Models.model(panes, 1, LayoutMode.TILED, null));
        String top = h.row(0);
        TextCharacter focusedName = h.terminal.getCharacter(top.indexOf("2 agent2"), 0);
        assertEquals(color(LOOKS.titleFocused.bg()), focusedName.getBackgroundColor());
        TextCharacter plainName = h.terminal.getCharacter(top.indexOf("1 agent1"), 0);
        assertEquals(color(LOOKS.title.fg()), plainName.getForegroundColor());
        int third2 = h.screen().indexOf("3 agent3 !");
        assertTrue(third2 >= 0, h.screen());
        int sep = top.indexOf('┬');
        assertEquals(color(LOOKS.borderFocused.fg()), h.terminal.getCharacter(sep, 5).getForegroundColor(),
                "separator next to the focused pane takes the focused colour");
    }

    @Test
    void statusTableShowsEveryColumnAndExtraColumnsWhenWide() {
        Models.Harness wide = new Models.Harness(200, 50).render(Models.model(Models.panes(3, 60, 20), 0, LayoutMode.TILED, null));
        int header = findRow(wide, " Agent ");
        String h = wide.row(header);
        assertTrue(h.contains("Task") && h.contains("Status") && h.contains("Last Update") && h.contains("Branch"), h);
        assertTrue(wide.row(header + 2).startsWith("!agent2"), "attention row is marked: " + wide.row(header + 2));
        assertTrue(wide.row(header + 2).contains("Waiting for input"));
        assertTrue(wide.row(header + 1).contains("grove/agent1"));
        int statusCol = wide.row(header + 2).indexOf("Waiting");
        assertEquals(color(Looks.color(Models.THEME.statusStyle("Waiting for input").fg())),
                wide.terminal.getCharacter(statusCol, header + 2).getForegroundColor());
        Models.Harness narrow = new Models.Harness(80, 24).render(Models.model(Models.panes(3, 60, 20), 0, LayoutMode.TILED, null));
        String nh = narrow.row(findRow(narrow, " Agent "));
        assertTrue(nh.contains("Task") && nh.contains("Status"), nh);
        assertFalse(nh.contains("Branch"), "no extra column at 80 columns: " + nh);
    }

    @Test
    void collapsedTableIsOneSummaryLineAndMessagesReplaceHints() {
        UiModel model = new UiModel(Models.panes(3, 60, 20), 0, LayoutMode.TILED, Models.table(3), true, null,
                "C-b ? help", null, "error: no such agent 'x'", List.of());
        Models.Harness h = new Models.Harness(80, 24).render(model);
        String summary = h.row(22);
        assertTrue(summary.contains("3 agents") && summary.contains("2 In progress") && summary.contains("1 Waiting for input"), summary);
        assertTrue(summary.contains("! agent2"), summary);
        assertTrue(h.row(23).contains("error: no such agent 'x'"), h.row(23));
        assertEquals(color(LOOKS.message.bg()), h.terminal.getCharacter(0, 23).getBackgroundColor());
        assertEquals(-1, findRowOrMinus(h, " Agent "));
    }

    @Test
    void frameAfterFrameTheScreenIsWhatOneFullDrawShows() {
        List<PaneModel> panes = Models.panes(2, 60, 20);
        PaneModel second = panes.get(1);
        List<PaneModel> retitled = List.of(panes.get(0), new PaneModel(second.id(), second.name(), "a new title",
                second.status(), false, second.screen(), 0, null));
        List<PaneModel> waiting = List.of(panes.get(0), new PaneModel(second.id(), second.name(), "a new title",
                "Waiting for input", true, second.screen(), 0, null));
        UiModel message = new UiModel(waiting, 1, LayoutMode.TILED, Models.table(2), false, null, "hints", null,
                "pane agent2 is not taking input", List.of());
        List<UiModel> frames = List.of(Models.model(panes, 0, LayoutMode.TILED, null),
                Models.model(retitled, 0, LayoutMode.TILED, null), Models.model(waiting, 0, LayoutMode.TILED, null),
                Models.model(waiting, 1, LayoutMode.TILED, null), message,
                Models.model(waiting, 1, LayoutMode.TILED, new Overlay.Confirm("close pane agent2? (y/n)")),
                Models.model(waiting, 1, LayoutMode.TILED, null), Models.model(waiting, 1, LayoutMode.MAIN_STACK, null));
        Models.Harness steps = new Models.Harness(120, 30);
        for (UiModel m : frames) {
            steps.render(m);
            assertEquals(new Models.Harness(120, 30).render(m).screen(), steps.screen(),
                    "drawn frame by frame, as drawn at once");
        }
        assertTrue(steps.screen().contains("a new title"), steps.screen());
        assertFalse(steps.screen().contains("close pane agent2"), steps.screen());
    }

    @Test
    void helpOverlayListsBindings() {
        Overlay help = new Overlay.Help(Bindings.defaults().help());
        Models.Harness h = new Models.Harness(200, 50).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED, help));
        String screen = h.screen();
        assertTrue(screen.contains("grove keys"), screen);
        assertTrue(screen.contains("C-b z") && screen.contains("zoom the pane in or out"), screen);
        assertTrue(screen.contains("M-1..9") && screen.contains("History mode"), screen);
        String longest = Bindings.defaults().help().stream().map(b -> b[1]).filter(Objects::nonNull)
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        String wide = new Models.Harness(160, 45).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED,
                help)).screen();
        assertTrue(wide.contains(longest), "the longest description whole at 160 columns: " + longest + "\n" + wide);
        Models.Harness small = new Models.Harness(80, 24).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED,
                new Overlay.Help(Bindings.defaults().help(), 30)));
        assertTrue(small.screen().contains("of " ), "scroll position in the footer: " + small.screen());
        assertFalse(small.screen().contains("After the prefix"), "scrolled past the first heading");
    }

    @Test
    void promptPutsTheCursorAtTheCaret() {
        Overlay prompt = new Overlay.Prompt("new pane:", "agent4 -- claude", 6);
        Models.Harness h = new Models.Harness(80, 24).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED, prompt));
        int row = findRow(h, "new pane: agent4 -- claude");
        int col = h.row(row).indexOf("agent4");
        assertEquals(row, h.terminal.getCursorPosition().getRow());
        assertEquals(col + 6, h.terminal.getCursorPosition().getColumn());
        assertTrue(h.terminal.isCursorVisible());
    }

    @Test
    void aLongPromptIsWrappedAboveItsFieldAndReadInFull() {
        String question = "api: 2 commits not on main, 1 uncommitted file would be lost — type api to archive and remove:";
        Overlay prompt = new Overlay.Prompt(question, "ap", 2);
        Models.Harness h = new Models.Harness(80, 24).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED, prompt));
        String screen = h.screen();
        assertTrue(screen.contains("api: 2 commits not on main"), screen);
        assertTrue(screen.contains("would be lost — type api") && screen.contains("to archive and remove:"), screen);
        int field = h.terminal.getCursorPosition().getRow();
        assertTrue(h.row(field).contains("│ ap "), "the field is a line of its own: " + h.row(field));
        assertTrue(h.row(field - 1).contains("archive and remove:"), "the question ends just above it");
        assertEquals(h.row(field).indexOf("ap") + 2, h.terminal.getCursorPosition().getColumn());
    }

    @Test
    void confirmAndTextViewWithSgrColours() {
        Models.Harness c = new Models.Harness(80, 24).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED,
                new Overlay.Confirm("Close pane agent2?")));
        assertTrue(c.screen().contains("Close pane agent2?") && c.screen().contains("y: yes"), c.screen());
        assertFalse(c.terminal.isCursorVisible(), "no cursor under a question");
        List<String> lines = List.of("plain", "\u001b[32m+ added\u001b[m", "\u001b[1;38;2;255;0;0mred bold\u001b[0m rest");
        Models.Harness v = new Models.Harness(80, 24).render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED,
                new Overlay.TextView("review agent1", lines, 0)));
        int added = findRow(v, "+ added");
        TextCharacter plus = v.terminal.getCharacter(v.row(added).indexOf("+ added"), added);
        assertEquals(color(Colors.indexed(2)), plus.getForegroundColor());
        int red = findRow(v, "red bold");
        TextCharacter r = v.terminal.getCharacter(v.row(red).indexOf("red bold"), red);
        assertEquals(new TextColor.RGB(255, 0, 0), r.getForegroundColor());
        assertTrue(r.isBold());
        TextCharacter rest = v.terminal.getCharacter(v.row(red).indexOf("rest"), red);
        assertEquals(color(LOOKS.overlay.fg()), rest.getForegroundColor());
        assertTrue(v.row(0).contains("review agent1") || v.screen().contains("review agent1"));
        assertFalse(v.screen().contains("\u001b"));
    }

    @Test
    void historyModeScrollsHighlightsAndPlacesTheCopyCursor() {
        ArrayScreen s = new ArrayScreen(60, 10);
        for (int i = 0; i < 30; i++) {
            s.addHistory("old line " + i + " with needle");
        }
        s.write(0, 0, "live screen");
        PaneModel pane = Models.pane("a", "Idle", s);
        Overlay.History history = new Overlay.History(5, "needle", -3, 0, -3, 3);
        Models.Harness h = new Models.Harness(60, 12).render(new UiModel(List.of(pane), 0, LayoutMode.TILED, List.of(), false, null, null, history, null));
        assertTrue(h.row(0).contains("history 5/30  /needle"), h.row(0));
        assertTrue(h.row(1).startsWith("old line 25 with needle"), h.row(1));
        assertTrue(h.row(6).startsWith("live screen"), h.row(6));
        int needle = h.row(1).indexOf("needle");
        assertEquals(color(LOOKS.searchMatch.bg()), h.terminal.getCharacter(needle, 1).getBackgroundColor());
        assertEquals(color(LOOKS.selection.bg()), h.terminal.getCharacter(2, 3).getBackgroundColor(), "selected cell");
        assertNotEquals(color(LOOKS.selection.bg()), h.terminal.getCharacter(4, 3).getBackgroundColor());
        assertEquals(3, h.terminal.getCursorPosition().getRow());
        assertEquals(3, h.terminal.getCursorPosition().getColumn());
    }

    @Test
    void wideCharactersFromPanesAndFootersShow() {
        ArrayScreen s = new ArrayScreen(40, 8).write(0, 0, "中文 ok");
        PaneModel pane = new PaneModel("p", "cjk", null, null, false, s, 0, "exited 1 — press r to restart");
        Models.Harness h = new Models.Harness(40, 10).render(new UiModel(List.of(pane), 0, LayoutMode.TILED, List.of(), false, null, null, null, null));
        assertTrue(h.row(1).startsWith("中文 ok"), h.row(1));
        assertTrue(h.terminal.getCharacter(0, 1).isDoubleWidth());
        assertTrue(h.row(8).contains("exited 1 — press r to restart"), h.row(8));
        assertEquals(color(LOOKS.footer.bg()), h.terminal.getCharacter(0, 8).getBackgroundColor());
    }

    @Test
    void themesChangeTheFrameColours() {
        UiModel model = Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED, null);
        Models.Harness dark = new Models.Harness(80, 24).render(model);
        Models.Harness light = new Models.Harness(80, 24, Themes.load("light"), Models.CAPS).render(model);
        assertEquals(dark.screen(), light.screen(), "same text in every theme");
        TextColor darkBar = dark.terminal.getCharacter(0, 23).getBackgroundColor();
        TextColor lightBar = light.terminal.getCharacter(0, 23).getBackgroundColor();
        assertNotEquals(darkBar, lightBar);
        assertEquals(color(new Looks(Themes.load("light")).keyHints.bg()), lightBar);
    }

    @Test
    void colours256ForClientsWithoutTrueColour() {
        Models.Harness h = new Models.Harness(80, 24, Models.THEME, new ClientCaps(false, false))
                .render(Models.model(Models.panes(2, 60, 20), 0, LayoutMode.TILED, null));
        TextColor bar = h.terminal.getCharacter(0, 23).getBackgroundColor();
        assertTrue(bar instanceof TextColor.Indexed, "mapped to the palette: " + bar);
    }

    private static int findRow(Models.Harness h, String text) {
        int row = findRowOrMinus(h, text);
        assertTrue(row >= 0, "no row with '" + text + "' in\n" + h.screen());
        return row;
    }

    private static int findRowOrMinus(Models.Harness h, String text) {
        for (int r = 0; r < h.terminal.getTerminalSize().getRows(); r++) {
            if (h.row(r).contains(text)) {
                return r;
            }
        }
        return -1;
    }
}
