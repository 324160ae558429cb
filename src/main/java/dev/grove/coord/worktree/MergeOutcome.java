// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.List;

/** What a merge attempt did. Expected outcomes, not exceptions. */
public sealed interface MergeOutcome {
    String name();

    /**
     * The branch landed: {@code target} now points at {@code commit}.
     *
     * @param head the agent branch head that landed
     */
    record Landed(String name, String target, String commit, String head, MergeMode mode) implements MergeOutcome {}

    /**
     * Nothing changed; {@code reason} says why in one line.
     *
     * @param conflicts files that would conflict (empty when refused for another reason)
     */
    record Refused(String name, String target, String reason, List<String> conflicts) implements MergeOutcome {
        public Refused {
            conflicts = List.copyOf(conflicts);
        }
    }
}
