// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import dev.grove.coord.status.StatusRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything state detection and triggers look at for one pane at one moment. Built with
 * {@link #at} and the {@code with...} methods; immutable.
 *
 * <p>{@code screenVersion} is any number that changes whenever the pane's screen may have
 * changed (the emulator's version counter); the screen supplier is only called when it did, so
 * an unchanged pane costs no text extraction, and at most once per observation (the result is
 * kept, so the state tracker and the trigger monitor share it). Use on one thread.
 */
public final class PaneObservation {
    private final Instant now;
    private final long screenVersion;
    private final Supplier<ScreenLines> screen;
    private final Instant lastOutputAt;
    private final ProcessState process;
    private final StatusRow row;
    private final boolean merged;
    private final List<String> waitingFor;
    private ScreenLines extracted;

    private PaneObservation(Instant now, long screenVersion, Supplier<ScreenLines> screen, Instant lastOutputAt,
            ProcessState process, StatusRow row, boolean merged, List<String> waitingFor) {
        this.now = now;
        this.screenVersion = screenVersion;
        this.screen = screen;
        this.lastOutputAt = lastOutputAt;
        this.process = process;
        this.row = row;
        this.merged = merged;
        this.waitingFor = List.copyOf(waitingFor);
    }

    /** An observation at {@code now}: no screen, no output yet, process running since now. */
    public static PaneObservation at(Instant now) {
        return new PaneObservation(now, -1, () -> new ScreenLines(List.of()), null, ProcessState.running(now), null,
                false, List.of());
    }

    /** The screen: {@code version} changes whenever the content may have. */
    public PaneObservation withScreen(long version, Supplier<ScreenLines> lines) {
        return new PaneObservation(now, version, lines, lastOutputAt, process, row, merged, waitingFor);
    }

    /** When the pane last printed anything (null: never). */
    public PaneObservation withLastOutput(Instant at) {
        return new PaneObservation(now, screenVersion, screen, at, process, row, merged, waitingFor);
    }

    public PaneObservation withProcess(ProcessState state) {
        return new PaneObservation(now, screenVersion, screen, lastOutputAt, state, row, merged, waitingFor);
    }

    /** The agent's row in the status file as last read (null: no row). */
    public PaneObservation withRow(StatusRow statusRow) {
        return new PaneObservation(now, screenVersion, screen, lastOutputAt, process, statusRow, merged, waitingFor);
    }

    /** The agent's branch has been merged. */
    public PaneObservation withMerged() {
        return new PaneObservation(now, screenVersion, screen, lastOutputAt, process, row, true, waitingFor);
    }

    /** Agents that must be merged before this one starts (empty: none). */
    public PaneObservation withWaitingFor(List<String> agents) {
        return new PaneObservation(now, screenVersion, screen, lastOutputAt, process, row, merged, agents);
    }

    public Instant now() {
        return now;
    }

    public long screenVersion() {
        return screenVersion;
    }

    /** Extracts the screen text; call only when {@link #screenVersion} changed. */
    public ScreenLines screen() {
        if (extracted == null) {
            extracted = screen.get();
        }
        return extracted;
    }

    public Optional<Instant> lastOutputAt() {
        return Optional.ofNullable(lastOutputAt);
    }

    public ProcessState process() {
        return process;
    }

    public Optional<StatusRow> row() {
        return Optional.ofNullable(row);
    }

    public boolean merged() {
        return merged;
    }

    public List<String> waitingFor() {
        return waitingFor;
    }
}
