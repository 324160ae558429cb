// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.List;

/**
 * A merge queue's result: what landed (in order), the first refusal if any, and the names not
 * attempted after it.
 */
public record QueueReport(List<MergeOutcome.Landed> landed, MergeOutcome.Refused stoppedAt, List<String> notAttempted) {
    public QueueReport {
        landed = List.copyOf(landed);
        notAttempted = List.copyOf(notAttempted);
    }

    public boolean complete() {
        return stoppedAt == null;
    }
}
