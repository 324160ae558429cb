// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import java.time.Duration;

/**
 * A {@code grove batch} run as asked for.
 *
 * @param parallel at most this many tasks at once; null for the repository's configured parallelism
 * @param force allow more than {@link Batches#MAX_PARALLEL} at once
 * @param spec what each task runs, its check and merge mode
 * @param maxUnreviewed pause starts while this many finished tasks await review; 0 for no limit
 * @param pollEvery how often running tasks are polled
 * @param panes opens each agent as a pane in the repository's server; null runs agents as
 *     detached processes with their output in the batch's log directory
 */
public record BatchRequest(Integer parallel, boolean force, BatchSpec spec, int maxUnreviewed, Duration pollEvery,
        PaneStarter panes) {}
