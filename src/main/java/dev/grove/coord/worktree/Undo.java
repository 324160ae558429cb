// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The steps that take back a half-done operation, run newest first when it fails, so nothing
 * half-created is left behind. A failing undo step is attached to the original failure and
 * the remaining steps still run. Not thread-safe.
 */
final class Undo {
    private final Deque<Runnable> steps = new ArrayDeque<>();

    void push(Runnable step) {
        steps.push(step);
    }

    /** Runs every step and rethrows {@code cause}. */
    RuntimeException rollBack(RuntimeException cause) {
        while (!steps.isEmpty()) {
            try {
                steps.pop().run();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
        return cause;
    }
}
