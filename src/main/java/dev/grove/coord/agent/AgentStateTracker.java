// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Derives one pane's state over time (see {@link StateRules} for the decision). Call
 * {@link #update} after the pane's output settles, when its process changes, when the status file
 * was re-read, and when {@link #nextCheckAt} is reached; calling it more often is harmless and
 * cheap: the screen rules run only when {@link PaneObservation#screenVersion} changed.
 *
 * <p>The agent's row counts as an explicit status only when its Status text changed to something
 * grove itself did not write: grove writes every label this tracker returns, so those labels (the
 * ones written since the row last matched) are recognised as grove's own. The first row seen is a
 * baseline, not a statement. Not thread-safe; owned by the session thread.
 */
public final class AgentStateTracker {
    private static final int MAX_PUBLISHED = 16;

    private final AgentProfile profile;
    private AgentStatus status;
    private long screenVersion = Long.MIN_VALUE;
    private List<RuleMatch> matches = List.of();
    private boolean startingPhase = true;
    private Instant readyAt;
    private Instant lastOutputAt;
    private String rowStatus;
    private ExplicitStatus explicit;
    private final Deque<String> published = new ArrayDeque<>();

    public AgentStateTracker(AgentProfile profile, Instant startedAt) {
        this.profile = profile;
        this.status = new AgentStatus(AgentState.STARTING, AgentState.STARTING.label(),
                new StateReason(Signal.NO_OUTPUT_YET, null, null, startedAt, "started, no output yet"), startedAt);
        publish(status.label());
    }

    public AgentProfile profile() {
        return profile;
    }

    /** The state as of the last update. */
    public AgentStatus status() {
        return status;
    }

    /** When the agent was first Idle (ready for a typed prompt), if it has been. */
    public Optional<Instant> readyAt() {
        return Optional.ofNullable(readyAt);
    }

    /**
     * When the state may change with no new input (the end of the settle time), so the caller can
     * arm a timer; empty when only new input can change it.
     */
    public Optional<Instant> nextCheckAt() {
        if (lastOutputAt == null || !status.reason().signal().equals(Signal.OUTPUT_ACTIVITY)) {
            return Optional.empty();
        }
        return Optional.of(lastOutputAt.plus(profile.settle()));
    }

    /** True when the pane printed something within the settle time before {@code now}. */
    boolean outputFlowing(Instant now) {
        return lastOutputAt != null && lastOutputAt.plus(profile.settle()).isAfter(now);
    }

    /** Re-evaluates the state from {@code o}; returns it. */
    public AgentStatus update(PaneObservation o) {
        if (o.screenVersion() != screenVersion) {
            screenVersion = o.screenVersion();
            matches = StateRules.matches(profile, o.screen());
        }
        lastOutputAt = o.lastOutputAt().orElse(null);
        o.row().ifPresent(row -> observeRow(row.status(), o.now()));
        StateRules.Inputs in = new StateRules.Inputs(o.now(), matches, lastOutputAt, o.process(), explicit,
                o.merged(), o.waitingFor(), startingPhase);
        Verdict v = StateRules.decide(profile, in);
        if (v.state() != AgentState.STARTING) {
            startingPhase = false;
        }
        if (v.state() == AgentState.IDLE && readyAt == null) {
            readyAt = o.now();
        }
        status = next(v);
        return status;
    }

    /** Back to Starting after the process was restarted at {@code at}; explicit statuses are forgotten. */
    public void restarted(Instant at) {
        startingPhase = true;
        explicit = null;
        lastOutputAt = null;
        screenVersion = Long.MIN_VALUE;
        matches = List.of();
        status = new AgentStatus(AgentState.STARTING, AgentState.STARTING.label(),
                new StateReason(Signal.NO_OUTPUT_YET, null, null, at, "restarted, no output yet"), at);
        publish(status.label());
    }

    private void observeRow(String text, Instant now) {
        if (rowStatus == null) {
            rowStatus = text;
            return;
        }
        if (text.equals(rowStatus)) {
            return;
        }
        rowStatus = text;
        if (published.contains(text)) {
            if (text.equals(published.peekLast())) {
                published.clear();
                published.add(text);
            }
            return;
        }
        explicit = text.isBlank() ? null : ExplicitStatus.of(text, now);
    }

    private AgentStatus next(Verdict v) {
        boolean same = v.state() == status.state() && v.label().equals(status.label());
        if (same) {
            StateReason reason = status.reason().sameEvidence(v.reason()) ? status.reason() : v.reason();
            return new AgentStatus(v.state(), v.label(), reason, status.since());
        }
        publish(v.label());
        return new AgentStatus(v.state(), v.label(), v.reason(), v.reason().at());
    }

    private void publish(String label) {
        published.remove(label);
        published.addLast(label);
        while (published.size() > MAX_PUBLISHED) {
            published.removeFirst();
        }
    }
}
