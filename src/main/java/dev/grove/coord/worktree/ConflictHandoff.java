// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.List;

/**
 * A conflict handed to its agent: {@code git merge TARGET} ran inside the agent's worktree.
 *
 * @param conflicts files left with conflict markers (empty when the merge went through cleanly)
 * @param instruction a short message to type into the agent's pane
 */
public record ConflictHandoff(String name, String target, List<String> conflicts, String instruction) {
    public ConflictHandoff {
        conflicts = List.copyOf(conflicts);
    }
}
