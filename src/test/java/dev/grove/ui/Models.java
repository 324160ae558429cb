// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.grove.config.Theme;
import dev.grove.config.Themes;
import dev.grove.term.screen.ScreenView;
import java.util.ArrayList;
import java.util.List;

/** Sample models and a virtual-terminal harness for UI tests. */
final class Models {
    static final Theme THEME = Themes.defaultTheme();
    static final ClientCaps CAPS = new ClientCaps(true, true);

    private Models() {}

    static PaneModel pane(String name, String status, ScreenView screen) {
        return new PaneModel("id-" + name, name, "title of " + name, status, false, screen, 0, null);
    }

    /** Panes named agent1..agentN, each showing "hello from agentK" on its first row. */
    static List<PaneModel> panes(int n, int cols, int rows) {
        List<PaneModel> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ArrayScreen s = new ArrayScreen(cols, rows).write(0, 0, "hello from agent" + i).cursor(0, 5, true);
            out.add(pane("agent" + i, "In progress", s));
        }
        return out;
    }

    static List<TableRow> table(int n) {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(new TableRow("agent" + i, "task number " + i, i == 2 ? "Waiting for input" : "In progress",
                    "14:0" + i, List.of("grove/agent" + i), i == 2));
        }
        return rows;
    }

    static UiModel model(List<PaneModel> panes, int focused, LayoutMode layout, Overlay overlay) {
        return new UiModel(panes, focused, layout, table(panes.size()), false, null,
                "C-b ? help  C-b c new  C-b d detach", overlay, null, List.of("Branch"));
    }

    /** A virtual terminal with a view drawing on it. */
    static final class Harness {
        final DefaultVirtualTerminal terminal;
        final ClientView view;

        Harness(int cols, int rows) {
            this(cols, rows, THEME, CAPS);
        }

        Harness(int cols, int rows, Theme theme, ClientCaps caps) {
            terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
            view = ClientView.onTerminal(theme, caps, terminal, cols, rows);
        }

        Harness render(UiModel model) {
            view.render(model);
            return this;
        }

        /** Row {@code row} as text (a wide character once). */
        String row(int row) {
            StringBuilder sb = new StringBuilder();
            int cols = terminal.getTerminalSize().getColumns();
            for (int c = 0; c < cols; c++) {
                String s = terminal.getCharacter(c, row).getCharacterString();
                sb.append(s);
                if (terminal.getCharacter(c, row).isDoubleWidth()) {
                    c++;
                }
            }
            return sb.toString();
        }

        String screen() {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
                sb.append(row(r)).append('\n');
            }
            return sb.toString();
        }
    }
}
