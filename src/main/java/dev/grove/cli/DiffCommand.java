// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.ReviewLine;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grove diff NAME}: the review of an agent's branch, radar findings on top. */
@Command(name = "diff", description = "Review an agent's branch: radar findings, commits, diff stat, full diff.")
final class DiffCommand extends RepoCommand {
    /** When to colour. */
    enum ColorChoice { auto, always, never }

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--color", paramLabel = "WHEN", description = "auto (default), always, never")
    ColorChoice color = ColorChoice.auto;

    @Override
    public Integer call() {
        List<ReviewLine> lines;
        try (AgentWorktrees w = context().open()) {
            lines = w.review(name);
        }
        boolean colour = color == ColorChoice.always || (color == ColorChoice.auto && context().interactive());
        for (ReviewLine l : lines) {
            out().println(colour ? sgr(l.kind()) + l.text() + "\033[0m" : l.text());
        }
        out().flush();
        return 0;
    }

    private static String sgr(ReviewLine.Kind kind) {
        switch (kind) {
            case TITLE:
                return "\033[1m";
            case FINDING:
                return "\033[33m";
            case NOTE:
                return "\033[2m";
            case COMMIT:
                return "\033[33m";
            case FILE_HEADER:
                return "\033[1m";
            case HUNK:
                return "\033[36m";
            case ADDED:
                return "\033[32m";
            case REMOVED:
                return "\033[31m";
            default:
                return "";
        }
    }
}
