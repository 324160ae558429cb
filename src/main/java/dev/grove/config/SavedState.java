// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.util.List;

/**
 * Everything a server must remember across a stop, crash or reboot, as written to
 * {@code state.json} by {@link StateFile}: its panes in display order (with the agent each ran),
 * what the user was looking at, and the review queue. Immutable.
 *
 * <p>Extending it: add components at the end, nullable or defaulted in the constructor so an
 * older file still reads; bump {@link #SCHEMA} and add the matching step to
 * {@link StateMigrations}.
 *
 * @param schema the layout version of the file; {@link #SCHEMA} when written by this grove
 * @param groveVersion the grove version that wrote the file, for people reading it
 * @param savedAtMillis when it was written, epoch milliseconds
 * @param panes the panes in display order
 * @param focusedPane the name of the pane in focus, or null
 * @param layout the layout's name ("tiled", "zoom", ...), or null for the default
 * @param reviewQueue the finished agents awaiting review, in review order (schema 2 on)
 * @param waitingAgents agents that wait for others to merge and have no worktree yet (schema 2 on;
 *     {@code waiting.json} is what releases them)
 * @param batches the repository's batches and how far each got (schema 2 on)
 */
public record SavedState(int schema, String groveVersion, long savedAtMillis, List<SavedPane> panes,
                         String focusedPane, String layout, List<SavedReview> reviewQueue,
                         List<SavedAgent> waitingAgents, List<SavedBatch> batches) {
    /** The schema this grove writes, and the newest it reads. */
    public static final int SCHEMA = 2;

    public SavedState {
        panes = panes == null ? List.of() : List.copyOf(panes);
        reviewQueue = reviewQueue == null ? List.of() : List.copyOf(reviewQueue);
        waitingAgents = waitingAgents == null ? List.of() : List.copyOf(waitingAgents);
        batches = batches == null ? List.of() : List.copyOf(batches);
    }

    /** This state with {@code savedAtMillis} replaced (two states that differ only there are the same state). */
    public SavedState at(long millis) {
        return new SavedState(schema, groveVersion, millis, panes, focusedPane, layout, reviewQueue, waitingAgents,
                batches);
    }
}
