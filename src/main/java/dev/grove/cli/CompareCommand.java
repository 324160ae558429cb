// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.config.Json;
import dev.grove.coord.flow.BestOf;
import dev.grove.coord.flow.Scoreboard;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.Removed;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grove compare NAME}: the scoreboard of a best-of-N run; {@code --keep} merges one and archives the rest. */
@Command(name = "compare", description = {"Show the scoreboard of 'grove new NAME --best-of N'.",
        "With --keep CANDIDATE: merge it and remove the others (archived; grove restore brings any back)."})
final class CompareCommand extends RepoCommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--json", description = "print the scoreboard as JSON")
    boolean json;

    @Option(names = "--keep", paramLabel = "CANDIDATE", description = "merge this candidate, archive and remove the others")
    String keep;

    @Override
    public Integer call() {
        try (AgentWorktrees w = context().open()) {
            if (keep != null) {
                BestOf.Kept kept = BestOf.keep(w, name, keep);
                out().println("merged " + kept.winner() + " (" + kept.landed() + ")");
                for (Removed r : kept.removed()) {
                    out().println("removed " + r.name() + (r.archiveRef() == null ? " (no work to keep)"
                            : " (archived as " + r.archiveRef() + "; grove restore " + r.name() + ")"));
                }
                Dependents.startReleased(context(), w, out());
                out().flush();
                return 0;
            }
            List<Scoreboard.Candidate> rows = Scoreboard.of(w, name, Instant.now());
            if (json) {
                out().println(Json.write(rows));
            } else {
                Scoreboard.table(rows).forEach(out()::println);
            }
        }
        out().flush();
        return 0;
    }
}
