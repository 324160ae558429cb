// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

/** Hears a batch's progress, on the runner's thread. */
public interface BatchListener {
    /** One line describing an event (a task started, ended, was skipped; starts paused). */
    void event(String line);

    /** {@code task} succeeded (after its check and merge). */
    default void succeeded(FlowTask task) {}
}
