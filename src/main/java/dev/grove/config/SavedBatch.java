// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

/**
 * A batch as {@code state.json} lists it: where it comes from and how far it got. Its own file
 * ({@code batches/ID.json}) stays the source of truth that a resumed run reads. Immutable.
 *
 * @param id the batch's id
 * @param taskFile the task file it was started from
 * @param parallel how many of its agents may run at once
 * @param tasks how many tasks it has
 * @param running how many of them run now
 * @param finished how many of them will not change any more (succeeded, failed or skipped)
 */
public record SavedBatch(String id, String taskFile, int parallel, int tasks, int running, int finished) {
    public SavedBatch {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a saved batch needs an id");
        }
    }
}
