// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.coord.agent.AgentState;
import dev.grove.coord.agent.AgentStatus;
import dev.grove.coord.agent.Attention;
import dev.grove.coord.agent.Signal;
import dev.grove.coord.agent.StateReason;
import dev.grove.coord.agent.Trigger;
import dev.grove.coord.status.StatusRow;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.ui.TableRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agent table's rows: attention first in a stable order, labels, flags and extra columns. */
class AgentTableTest {
    private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

    private static TableRow row(String name, boolean attention) {
        return new TableRow(name, "", "In progress", "-", List.of(), attention);
    }

    private static AgentSnapshot snapshot(String name, AgentState state, boolean needsYou) {
        AgentRecord record = new AgentRecord(name, "task of " + name, "grove/" + name, true, "main", "abc",
                "/w/" + name,
                1, Map.of("PORT", 3001), Map.of(), List.of(), "demo", List.of("demo-agent"), AgentRecord.Phase.ACTIVE,
                T.toString(), null, null, null, null, null);
        AgentStatus status = new AgentStatus(state, state.label(),
                new StateReason(Signal.SCREEN_RULE, "demo/proceed-question", "Do you want to proceed? (y/n)", T,
                        "asks"),
                T);
        List<Attention> attentions = needsYou
                ? List.of(new Attention(name, Trigger.WAITING_FOR_INPUT, "asks whether to proceed", T)) : List.of();
        return new AgentSnapshot(record, status, attentions, null, List.of("⚠ overlaps api: src/x.sh"),
                Map.of("Note", "tests green"));
    }

    @Test
    void rowsNeedingAttentionComeFirstAndOtherwiseKeepTheirOrder() {
        List<TableRow> sorted = AgentTable.sorted(List.of(row("a", false), row("b", true), row("c", false),
                row("d", true)));
        assertEquals(List.of("b", "d", "a", "c"), sorted.stream().map(TableRow::agent).toList());
    }

    @Test
    void anAgentRowShowsTheStateLabelAndLightsUpWhenItNeedsYou() {
        AgentTable table = new AgentTable(id -> null, List::of, List.of());
        TableRow waiting = table.agentRow(snapshot("docs", AgentState.WAITING, true));
        assertEquals("docs", waiting.agent());
        assertEquals("task of docs", waiting.task());
        assertTrue(waiting.status().startsWith("Waiting for input"), waiting.status());
        assertTrue(waiting.attention());
        TableRow working = table.agentRow(snapshot("api", AgentState.IN_PROGRESS, false));
        assertEquals(AgentState.IN_PROGRESS.label(), working.status());
        assertFalse(working.attention());
    }

    @Test
    void extraColumnsAreFilledByName() {
        AgentTable table = new AgentTable(id -> null, List::of,
                List.of("Branch", "Radar", "Ports", "Files", "note", "Unknown"));
        TableRow r = table.agentRow(snapshot("api", AgentState.IN_PROGRESS, false));
        assertEquals(List.of("grove/api", "⚠ overlaps api: src/x.sh", "PORT=3001", "", "tests green", ""), r.extra());
    }

    @Test
    void anAgentWaitingForOthersGetsARowSayingWhatItWaitsFor() {
        StatusRow blocked = new StatusRow("docs", "document the api", "Blocked", "10:00",
                Map.of("Note", "waits for api"), 3);
        AgentTable table = new AgentTable(id -> null, () -> List.of(blocked), List.of("Note"));
        List<TableRow> rows = table.rows(List.of());
        assertEquals(1, rows.size());
        assertEquals("docs", rows.get(0).agent());
        assertEquals("Blocked: waits for api", rows.get(0).status());
        assertEquals(List.of("waits for api"), rows.get(0).extra());
    }

    @Test
    void acknowledgedAttentionNoLongerCountsAsNeedingYou() {
        AgentSnapshot waiting = snapshot("docs", AgentState.WAITING, true);
        assertTrue(waiting.needsYou());
        assertFalse(waiting.acknowledged().needsYou());
    }
}
