// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.List;

/**
 * What a garbage collection removed (or would remove, on a dry run) and what it kept and why.
 *
 * @param removed agents whose worktrees were removed
 * @param pruned stale registry records dropped (worktree and branch both gone, or a creation
 *     that never finished)
 * @param kept agents left alone, each with its reason
 * @param freedBytes disk space freed (or that would be freed)
 */
public record GcReport(boolean dryRun, List<String> removed, List<String> pruned, List<Kept> kept, long freedBytes) {
    /** An agent gc left alone and why ("uncommitted changes", "not merged", "active 2 h ago"). */
    public record Kept(String name, String reason) {}

    public GcReport {
        removed = List.copyOf(removed);
        pruned = List.copyOf(pruned);
        kept = List.copyOf(kept);
    }
}
