// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.util.List;

/**
 * What merging one commit into another would give, computed without touching any worktree.
 *
 * @param tree the merged tree's id when clean, null on conflicts
 * @param conflicts files that would conflict (empty when clean)
 * @param renameAware true when computed by {@code git merge-tree --write-tree}; false for the
 *     fallback on older git, which sees a rename as a delete plus an add
 */
public record MergePrediction(String tree, List<String> conflicts, boolean renameAware) {
    public MergePrediction {
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
