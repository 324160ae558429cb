// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when one agent needs a person. Each trigger fires once per occurrence, not on every
 * frame: a waiting period, a silent period, a burst of errors, a batch of new out-of-scope
 * paths, an exit. A fired trigger stays {@link #active} until a person has looked at the pane
 * ({@link #acknowledge}); Waiting and Silence also end by themselves when the agent moves on.
 * Call {@link #update} after each {@link AgentStateTracker#update} and when {@link #nextCheckAt}
 * is reached. Not thread-safe; owned by the session thread.
 */
public final class InterventionMonitor {
    private static final int LISTED_PATHS = 3;

    private final String agent;
    private final TriggerSettings settings;
    private final ErrorLineCounter errors;
    private final Map<Trigger, Attention> active = new EnumMap<>(Trigger.class);
    private long screenVersion = Long.MIN_VALUE;
    private Instant waitingFired;
    private Instant silenceFired;
    private boolean errorBurst;
    private final Set<String> reportedPaths = new LinkedHashSet<>();
    private Instant exitFired;
    private Instant silenceDeadline;

    /** A monitor for {@code agent}; error lines match the settings' patterns, else the profile's. */
    public InterventionMonitor(String agent, AgentProfile profile, TriggerSettings settings) {
        this.agent = agent;
        this.settings = settings;
        this.errors = new ErrorLineCounter(
                settings.errorPatterns().isEmpty() ? profile.errorPatterns() : settings.errorPatterns(),
                settings.errorWindow());
    }

    /**
     * Looks at the pane again; returns the attentions that fired now (usually none).
     * {@code outOfScope} lists the files the agent changed outside its declared scope (from the
     * worktree radar; empty when it has no scope).
     */
    public List<Attention> update(PaneObservation o, AgentStatus status, List<String> outOfScope) {
        List<Attention> fired = new ArrayList<>();
        checkWaiting(status, fired);
        checkSilence(o, status, fired);
        checkErrors(o, fired);
        checkScope(o.now(), outOfScope, fired);
        checkExit(o.process(), fired);
        return fired;
    }

    /** Attentions fired and not yet acknowledged (nor ended), oldest trigger kind first. */
    public List<Attention> active() {
        return new ArrayList<>(active.values());
    }

    /** A person has looked at the pane: clears every active attention until the next occurrence. */
    public void acknowledge() {
        active.clear();
    }

    /** When silence will fire if nothing changes, so the caller can arm a timer. */
    public Optional<Instant> nextCheckAt() {
        return Optional.ofNullable(silenceDeadline);
    }

    private void checkWaiting(AgentStatus status, List<Attention> fired) {
        if (status.state() != AgentState.WAITING) {
            active.remove(Trigger.WAITING_FOR_INPUT);
            return;
        }
        if (!status.since().equals(waitingFired)) {
            waitingFired = status.since();
            fire(Trigger.WAITING_FOR_INPUT, "waiting for input: " + status.reason().describe(), status.since(), fired);
        }
    }

    private void checkSilence(PaneObservation o, AgentStatus status, List<Attention> fired) {
        Instant quietSince = o.lastOutputAt().orElse(status.since());
        if (status.state() != AgentState.IN_PROGRESS) {
            silenceDeadline = null;
            active.remove(Trigger.SILENCE);
            return;
        }
        if (silenceFired != null && !silenceFired.equals(quietSince)) {
            active.remove(Trigger.SILENCE);
        }
        Instant deadline = quietSince.plus(settings.silence());
        silenceDeadline = quietSince.equals(silenceFired) ? null : deadline;
        if (!o.now().isBefore(deadline) && !quietSince.equals(silenceFired)) {
            silenceFired = quietSince;
            silenceDeadline = null;
            fire(Trigger.SILENCE, "no output for " + minutes(Duration.between(quietSince, o.now()))
                    + " while In progress", quietSince, fired);
        }
    }

    private void checkErrors(PaneObservation o, List<Attention> fired) {
        if (o.screenVersion() != screenVersion) {
            screenVersion = o.screenVersion();
            errors.observe(o.screen(), o.now());
        }
        int count = errors.count(o.now());
        if (count < settings.errorCount()) {
            errorBurst = false;
            return;
        }
        if (!errorBurst) {
            errorBurst = true;
            fire(Trigger.REPEATED_ERRORS, count + " error lines within " + minutes(settings.errorWindow())
                    + ", last: " + errors.lastLine(), errors.oldest(), fired);
        }
    }

    private void checkScope(Instant now, List<String> outOfScope, List<Attention> fired) {
        if (outOfScope.isEmpty()) {
            reportedPaths.clear();
            return;
        }
        List<String> fresh = new ArrayList<>();
        for (String path : outOfScope) {
            if (reportedPaths.add(path)) {
                fresh.add(path);
            }
        }
        if (!fresh.isEmpty()) {
            String listed = String.join(", ", fresh.subList(0, Math.min(LISTED_PATHS, fresh.size())));
            String more = fresh.size() > LISTED_PATHS ? " and " + (fresh.size() - LISTED_PATHS) + " more" : "";
            fire(Trigger.OUT_OF_SCOPE, "edits outside the declared scope: " + listed + more, now, fired);
        }
    }

    private void checkExit(ProcessState process, List<Attention> fired) {
        if (process.failed() && !process.at().equals(exitFired)) {
            exitFired = process.at();
            fire(Trigger.NON_ZERO_EXIT, "exited with code " + process.exitCode(), process.at(), fired);
        }
    }

    private void fire(Trigger trigger, String reason, Instant since, List<Attention> fired) {
        if (!settings.enabled().contains(trigger)) {
            return;
        }
        Attention a = new Attention(agent, trigger, reason, since);
        active.put(trigger, a);
        fired.add(a);
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m >= 1 ? m + " min" : d.toSeconds() + " s";
    }
}
