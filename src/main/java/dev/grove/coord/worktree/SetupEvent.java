// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

/** Progress of preparing a new worktree, reported as it happens. */
public sealed interface SetupEvent {
    /** A step that is not a command: worktree added, file copied, {@code .env} written. */
    record Step(String what) implements SetupEvent {}

    /** Setup command {@code index} (1-based) of {@code total} started. */
    record CommandStarted(int index, int total, String command) implements SetupEvent {}

    /** One line the running command printed (stdout and stderr together). */
    record Output(String line) implements SetupEvent {}

    /** A setup command ended. */
    record CommandFinished(int index, int exitCode, long millis) implements SetupEvent {}
}
