// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.RadarReport;
import dev.grove.coord.worktree.WorktreeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scoreboard of a best-of-N run ({@code grove compare NAME}): one row per candidate. Stateless. */
public final class Scoreboard {
    private Scoreboard() {}

    /**
     * One candidate.
     *
     * @param result the task's phase (pending, running, succeeded, failed)
     * @param check "passed", "failed" or null without a check
     * @param insertions lines added since the base
     * @param deletions lines removed since the base
     * @param files files touched (from the conflict radar)
     * @param seconds time from start to end (or to now while running); -1 before it started
     * @param status the worktree's phase (active, merged, archived), or "gone" when removed
     * @param prediction the radar's merge prediction (clean, conflicts, unknown), or null when not live
     * @param reason why the task failed, else null
     */
    public record Candidate(String name, String result, String check, int insertions, int deletions,
            List<String> files, long seconds, String status, String prediction, String reason) {}

    /** The candidates of best-of {@code name}, in order. */
    public static List<Candidate> of(AgentWorktrees worktrees, String name, Instant now) {
        BatchState state = BatchStore.of(worktrees.layout().commonDir()).load(BestOf.batchId(name))
                .orElseThrow(() -> new UserError("no best-of run named " + name,
                        "start one with grove new " + name + " --best-of N --task TEXT"));
        List<WorktreeStatus> statuses = worktrees.statuses();
        RadarReport radar = worktrees.radar();
        List<Candidate> rows = new ArrayList<>();
        for (TaskRun r : state.runs()) {
            WorktreeStatus s = statuses.stream().filter(w -> w.name().equals(r.name())).findFirst().orElse(null);
            RadarReport.AgentRadar a = radar.agents().stream().filter(x -> x.name().equals(r.name())).findFirst()
                    .orElse(null);
            rows.add(new Candidate(r.name(), lower(r.phase().name()), r.check(),
                    s == null ? 0 : s.diffStat().insertions(), s == null ? 0 : s.diffStat().deletions(),
                    a == null ? List.of() : a.changed(), seconds(r, now),
                    s == null ? "gone" : lower(s.phase().name()), a == null ? null : lower(a.prediction().name()),
                    r.reason()));
        }
        return rows;
    }

    /** The scoreboard as padded text lines. */
    public static List<String> table(List<Candidate> rows) {
        List<String> lines = new ArrayList<>();
        String format = "%-16s %-10s %-7s %-12s %-6s %-7s %-9s %-10s %s";
        lines.add(String.format(format, "CANDIDATE", "RESULT", "CHECK", "DIFF", "FILES", "TIME", "STATUS", "MERGE",
                "REASON").stripTrailing());
        for (Candidate c : rows) {
            lines.add(String.format(format, c.name(), c.result(), dash(c.check()),
                    "+" + c.insertions() + " -" + c.deletions(), c.files().size(),
                    c.seconds() < 0 ? "-" : c.seconds() + "s", c.status(), dash(c.prediction()), dash(c.reason()))
                    .stripTrailing());
        }
        return lines;
    }

    private static long seconds(TaskRun r, Instant now) {
        if (r.startedAt() == null) {
            return -1;
        }
        Instant end = r.endedAt() == null ? now : Instant.parse(r.endedAt());
        return Duration.between(Instant.parse(r.startedAt()), end).toSeconds();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
