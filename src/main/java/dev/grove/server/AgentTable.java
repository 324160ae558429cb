// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.status.StatusRow;
import dev.grove.coord.worktree.WorktreeStatus;
import dev.grove.session.Pane;
import dev.grove.ui.TableRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The coordination table with agents: one row per agent pane (Agent, Task, Status = the state's
 * label, Last Update), one per plain pane and one per agent waiting for others (Blocked, with
 * what it waits for), rows needing attention first (otherwise pane
 * order). Extra columns are filled by name: {@code Branch}, {@code Ahead/Behind}, {@code Files},
 * {@code Radar}, {@code Ports}; any other name shows that column of the agent's own row in the
 * status file. Reads prepared snapshots only; runs on the session thread.
 */
final class AgentTable implements TableSource {
    private final Function<String, AgentSnapshot> agents;
    private final Supplier<List<StatusRow>> waiting;
    private final List<String> extraColumns;
    private final MinuteText minutes = new MinuteText();

    /**
     * {@code agents} gives the snapshot of the agent in a pane (by pane id), or null for a plain
     * pane; {@code waiting} the status-file rows of agents waiting for others, shown last.
     */
    AgentTable(Function<String, AgentSnapshot> agents, Supplier<List<StatusRow>> waiting, List<String> extraColumns) {
        this.agents = agents;
        this.waiting = waiting;
        this.extraColumns = List.copyOf(extraColumns);
    }

    @Override
    public List<TableRow> rows(List<Pane> panes) {
        Map<String, TableRow> plain = UiModels.paneRows(panes, minutes).stream()
                .collect(Collectors.toMap(TableRow::agent, r -> r, (a, b) -> a));
        List<TableRow> rows = new ArrayList<>(panes.size());
        for (Pane p : panes) {
            AgentSnapshot a = agents.apply(p.id());
            rows.add(a == null ? plainRow(plain.get(p.name())) : agentRow(a));
        }
        for (StatusRow w : waiting.get()) {
            rows.add(waitingRow(w));
        }
        return sorted(rows);
    }

    /** A waiting agent's row: its status with its note, e.g. "Blocked: waits for api". */
    private TableRow waitingRow(StatusRow w) {
        String note = w.extra().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Note"))
                .map(Map.Entry::getValue).filter(v -> !v.isBlank()).findFirst().orElse(null);
        List<String> extra = extraColumns.stream().map(c -> w.extra().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(c)).map(Map.Entry::getValue).findFirst().orElse(""))
                .toList();
        return new TableRow(w.agent(), w.task(), note == null ? w.status() : w.status() + ": " + note,
                w.lastUpdate(), extra, false);
    }

    /** Rows needing attention first; otherwise the given order (stable). */
    static List<TableRow> sorted(List<TableRow> rows) {
        List<TableRow> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(r -> !r.attention()));
        return out;
    }

    private TableRow plainRow(TableRow row) {
        return new TableRow(row.agent(), row.task(), row.status(), row.lastUpdate(),
                extraColumns.stream().map(c -> "").toList(), false);
    }

    TableRow agentRow(AgentSnapshot a) {
        Instant since = a.status().since();
        String last = since == null ? "-" : minutes.of(since.toEpochMilli());
        List<String> extra = new ArrayList<>(extraColumns.size());
        for (String column : extraColumns) {
            extra.add(extraValue(column, a));
        }
        String status = a.status().label() + (a.needsYou() ? " ⚑" : "");
        return new TableRow(a.record().name(), a.record().task(), status, last, extra, a.needsYou());
    }

    static String extraValue(String column, AgentSnapshot a) {
        WorktreeStatus w = a.worktree();
        switch (column.toLowerCase(Locale.ROOT)) {
            case "branch":
                return a.record().branch();
            case "ahead/behind":
                return w == null ? "" : "+" + w.ahead() + " -" + w.behind();
            case "files":
                return w == null ? "" : w.diffStat().files() + " changed"
                        + (w.uncommitted().isEmpty() ? "" : ", " + w.uncommitted().size() + " uncommitted");
            case "radar":
                return String.join("; ", a.radar());
            case "ports":
                return a.record().ports().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
            default:
                return a.ownColumns().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column))
                        .map(Map.Entry::getValue).findFirst().orElse("");
        }
    }
}
