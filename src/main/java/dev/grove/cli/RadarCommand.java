// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.config.Json;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.RadarReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code grove radar [--json]}: overlaps, predicted conflicts, base moves and scope violations. */
@Command(name = "radar", description = "Show file overlaps between agents, predicted merge conflicts and scope violations.")
final class RadarCommand extends RepoCommand {
    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() {
        RadarReport report;
        try (AgentWorktrees w = context().open()) {
            report = w.radar();
        }
        if (json) {
            out().println(Json.write(report));
        } else {
            for (RadarReport.AgentRadar a : report.agents()) {
                List<String> findings = report.findings(a.name());
                out().println(a.name() + ": " + (findings.isEmpty() ? "✓ clean against " + a.target()
                        : String.join("; ", findings)));
            }
            if (report.agents().isEmpty()) {
                out().println("no agents");
            }
        }
        out().flush();
        return 0;
    }
}
