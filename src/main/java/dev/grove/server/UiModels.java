// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.UserConfig;
import dev.grove.keys.Bindings;
import dev.grove.session.Pane;
import dev.grove.session.PaneStatus;
import dev.grove.session.Session;
import dev.grove.ui.PaneModel;
import dev.grove.ui.TableRow;
import dev.grove.ui.UiModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the {@link UiModel} one client sees: the panes with their borders' text, its focus,
 * layout and overlay, the status table and the key hints. Confined to the session thread.
 */
final class UiModels {
    private final Bindings bindings;
    private final UserConfig config;
    private final String hints;
    private final MinuteText minutes = new MinuteText();
    private TableSource tableSource = panes -> paneRows(panes, minutes);
    private Function<Pane, PaneBadge> badges = PaneBadge::of;
    private Supplier<String> statusNote = () -> "";
    private List<String[]> helpLines;

    UiModels(Bindings bindings, UserConfig config) {
        this.bindings = bindings;
        this.config = config;
        String p = config.prefix();
        this.hints = p + " ? help · " + p + " c new · " + p + " x close · " + p + " z zoom · " + p + " [ history · "
                + p + " d detach";
    }

    void setTableSource(TableSource source) {
        this.tableSource = source;
    }

    void setStatusNote(Supplier<String> note) {
        this.statusNote = note;
    }

    void setPaneBadges(Function<Pane, PaneBadge> badges) {
        this.badges = badges;
    }

    /**
     * The model for {@code client} (null: a client-less default view); {@code extraPanes} blank
     * panes are appended, to compute where a pane about to open will go.
     */
    UiModel build(AttachedClient client, List<Pane> panes, Session session, long nowNanos, int extraPanes) {
        List<PaneModel> models = new ArrayList<>(panes.size() + extraPanes);
        int focused = -1;
        for (Pane p : panes) {
            int scrollBack = client != null && client.history != null && client.history.paneId().equals(p.id())
                    ? client.history.scrollBack() : 0;
            if (client != null && p.id().equals(client.focusedPaneId)) {
                focused = models.size();
            }
            PaneBadge badge = badges.apply(p);
            models.add(new PaneModel(p.id(), p.name(), p.title(), badge.status(), badge.attention(), p.screen(), scrollBack,
                    footer(p)));
        }
        for (int i = 0; i < extraPanes; i++) {
            models.add(new PaneModel("new", "new", "", "", false, null, 0, null));
        }
        if (focused < 0 && !models.isEmpty()) {
            focused = extraPanes > 0 ? models.size() - 1 : 0;
        }
        boolean collapsed = client != null && client.tableCollapsed;
        return new UiModel(models, focused, client == null ? null : client.layout, tableRows(panes, extraPanes),
                collapsed, null, withNote(hints), client == null ? null : client.overlay(this::helpLines),
                client == null ? null : client.message(), config.extraColumns());
    }

    /**
     * The table's rows, with a blank row for each pane about to open: every pane has a row, so a
     * new pane's size must leave room for its own, or the pane would shrink right after it starts.
     */
    private List<TableRow> tableRows(List<Pane> panes, int extraPanes) {
        List<TableRow> rows = tableSource.rows(panes);
        if (extraPanes == 0) {
            return rows;
        }
        List<TableRow> withNew = new ArrayList<>(rows);
        for (int i = 0; i < extraPanes; i++) {
            withNew.add(new TableRow("new", "", "", "", List.of(), false));
        }
        return withNew;
    }

    private String withNote(String keyHints) {
        String note = statusNote.get();
        return note.isEmpty() ? keyHints : note + " · " + keyHints;
    }

    /** The help overlay's lines, built once (the bindings do not change while the server runs). */
    private List<String[]> helpLines() {
        if (helpLines == null) {
            helpLines = bindings.help();
        }
        return helpLines;
    }

    private String footer(Pane p) {
        if (p.interrupted()) {
            return "stopped when the grove server stopped — " + config.prefix() + " r resumes, "
                    + config.prefix() + " x closes";
        }
        if (p.status() == PaneStatus.EXITED) {
            return "exited with status " + p.exitCode() + " — " + config.prefix() + " r restarts, "
                    + config.prefix() + " x closes";
        }
        if (p.status() == PaneStatus.FAILED) {
            return "grove failed on this pane: " + p.failure() + " — " + config.prefix() + " r restarts";
        }
        return null;
    }

    /** The default table: one row per pane with its command as the task, times formatted by {@code minutes}. */
    static List<TableRow> paneRows(List<Pane> panes, MinuteText minutes) {
        List<TableRow> rows = new ArrayList<>(panes.size());
        for (Pane p : panes) {
            String last = p.lastOutputMillis() == 0 ? "-" : minutes.of(p.lastOutputMillis());
            String status = p.interrupted() ? "Exited" : p.status() == PaneStatus.EXITED ? "Exited " + p.exitCode()
                    : p.status().label();
            rows.add(new TableRow(p.name(), String.join(" ", p.command()), status, last, List.of(),
                    p.status() != PaneStatus.RUNNING));
        }
        return rows;
    }
}
