// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.config.Json;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.GcMode;
import dev.grove.coord.worktree.GcReport;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code grove gc [--dry-run]}: removes clean, merged, idle worktrees; never unmerged or dirty ones. */
@Command(name = "gc", description = "Remove clean, merged worktrees idle for a while; prune stale records.")
final class GcCommand extends RepoCommand {
    @Option(names = "--dry-run", description = "only say what would be removed")
    boolean dryRun;

    @Option(names = "--idle-hours", paramLabel = "H", description = "idle time before removal (default: worktrees.gcIdleHours, 6)")
    Double idleHours;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() {
        GcReport report;
        try (AgentWorktrees w = context().open()) {
            Duration idle = idleHours == null ? null : Duration.ofSeconds(Math.round(idleHours * 3600));
            report = w.gc(dryRun ? GcMode.DRY_RUN : GcMode.APPLY, idle);
        }
        if (json) {
            out().println(Json.write(report));
        } else {
            String verb = dryRun ? "would remove" : "removed";
            report.removed().forEach(n -> out().println(verb + " " + n));
            report.pruned().forEach(n -> out().println((dryRun ? "would prune" : "pruned") + " stale record " + n));
            report.kept().forEach(k -> out().println("kept " + k.name() + ": " + k.reason()));
            out().println((dryRun ? "would free " : "freed ") + Bytes.human(report.freedBytes()));
        }
        out().flush();
        return 0;
    }
}
