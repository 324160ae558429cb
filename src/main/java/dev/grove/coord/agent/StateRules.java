// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The state decision, a pure function of its inputs. In order, the first that applies wins:
 *
 * <ol>
 *   <li>the branch was merged: Merged;
 *   <li>the process was lost when the grove server stopped: Failed, shown as "Exited
 *       (interrupted)" (it can be resumed);
 *   <li>not started and waiting for other agents: Blocked;
 *   <li>the process exited with a non-zero code: Failed;
 *   <li>a Waiting or Failed screen rule matches (an agent that needs a person is never hidden);
 *   <li>a Rate-limited rule matches and no In-progress rule does (an old limit notice stays on
 *       screen after work resumes);
 *   <li>the agent's own status from the status file (explicit status wins over guessing; a
 *       "running" status such as In progress is dropped once the process has exited);
 *   <li>the process exited with code 0: Complete; not started yet: Starting;
 *   <li>the first Complete, In-progress or Idle screen rule in profile order (Idle only once the
 *       output has settled);
 *   <li>activity: no output yet is Starting; output within the settle time is In progress (or
 *       Starting, before the agent first settled); otherwise Idle.
 * </ol>
 */
final class StateRules {
    /** The Status column of an agent whose process was lost with a stopped server. */
    static final String INTERRUPTED_LABEL = "Exited (interrupted)";

    private StateRules() {}

    /** What the decision looks at; {@code matches} are all rules matching the current screen, in profile order. */
    record Inputs(Instant now, List<RuleMatch> matches, Instant lastOutputAt, ProcessState process,
            ExplicitStatus explicit, boolean merged, List<String> waitingFor, boolean startingPhase) {}

    static Verdict decide(AgentProfile profile, Inputs in) {
        if (in.merged()) {
            return Verdict.of(AgentState.MERGED, reason(Signal.MERGED, in.now(), "the branch was merged"));
        }
        if (in.process().isInterrupted()) {
            return new Verdict(AgentState.FAILED, INTERRUPTED_LABEL, reason(Signal.PROCESS_EXIT, in.process().at(),
                    "the process was lost when the grove server stopped; grove resume starts it again"));
        }
        if (!in.process().isRunning() && !in.process().isExited() && !in.waitingFor().isEmpty()) {
            String who = String.join(", ", in.waitingFor());
            return Verdict.of(AgentState.BLOCKED,
                    reason(Signal.DEPENDENCY, in.now(), "waits for " + who + " to be merged"));
        }
        if (in.process().failed()) {
            return Verdict.of(AgentState.FAILED, reason(Signal.PROCESS_EXIT, in.process().at(),
                    "the process exited with code " + in.process().exitCode()));
        }
        Optional<Verdict> urgent = in.process().isRunning() ? urgentScreen(profile, in) : Optional.empty();
        if (urgent.isPresent()) {
            return urgent.get();
        }
        ExplicitStatus ex = in.explicit();
        if (ex != null && !(in.process().isExited() && ex.describesRunningProcess())) {
            return new Verdict(ex.state(), ex.text(), new StateReason(Signal.STATUS_FILE, null, ex.text(), ex.since(),
                    "the agent's row in the status file says so"));
        }
        if (in.process().isExited()) {
            return Verdict.of(AgentState.COMPLETE, reason(Signal.PROCESS_EXIT, in.process().at(),
                    "the process exited with code 0"));
        }
        if (!in.process().isRunning()) {
            return Verdict.of(AgentState.STARTING,
                    reason(Signal.NO_OUTPUT_YET, in.now(), "the process is not started yet"));
        }
        return screenOrActivity(profile, in);
    }

    /**
     * The decision for a running agent whose own status says nothing and which has settled once:
     * only the screen and the time of the last output count. Fixture replay uses it.
     */
    static Verdict screenOnly(AgentProfile profile, ScreenLines screen, Instant lastOutputAt, Instant now) {
        Inputs in = new Inputs(now, matches(profile, screen), lastOutputAt, ProcessState.running(lastOutputAt), null,
                false, List.of(), false);
        return decide(profile, in);
    }

    /** Every rule of {@code profile} that matches {@code screen}, in profile order. */
    static List<RuleMatch> matches(AgentProfile profile, ScreenLines screen) {
        List<RuleMatch> out = new ArrayList<>();
        for (ScreenRule rule : profile.rules()) {
            rule.match(screen).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Verdict> urgentScreen(AgentProfile profile, Inputs in) {
        Optional<RuleMatch> rateLimit = Optional.empty();
        boolean working = false;
        for (RuleMatch m : in.matches()) {
            AgentState s = m.rule().state();
            if (s == AgentState.WAITING || s == AgentState.FAILED) {
                return Optional.of(ruleVerdict(profile, m, in.now()));
            }
            if (s == AgentState.RATE_LIMITED && rateLimit.isEmpty()) {
                rateLimit = Optional.of(m);
            }
            working |= s == AgentState.IN_PROGRESS;
        }
        return working ? Optional.empty() : rateLimit.map(m -> ruleVerdict(profile, m, in.now()));
    }

    private static Verdict screenOrActivity(AgentProfile profile, Inputs in) {
        boolean settled = in.lastOutputAt() != null
                && Duration.between(in.lastOutputAt(), in.now()).compareTo(profile.settle()) >= 0;
        for (RuleMatch m : in.matches()) {
            AgentState s = m.rule().state();
            boolean normal = s == AgentState.COMPLETE || s == AgentState.IN_PROGRESS;
            if (normal || s == AgentState.IDLE && settled) {
                return ruleVerdict(profile, m, in.now());
            }
        }
        if (in.lastOutputAt() == null) {
            return Verdict.of(AgentState.STARTING, reason(Signal.NO_OUTPUT_YET, in.process().at(),
                    "started, no output yet"));
        }
        if (!settled) {
            AgentState s = in.startingPhase() ? AgentState.STARTING : AgentState.IN_PROGRESS;
            return Verdict.of(s, reason(Signal.OUTPUT_ACTIVITY, in.now(),
                    "output within the last " + millis(profile.settle())));
        }
        return Verdict.of(AgentState.IDLE, reason(Signal.QUIET_OUTPUT, in.lastOutputAt().plus(profile.settle()),
                "no output for " + millis(profile.settle()) + " and no screen rule matched"));
    }

    private static Verdict ruleVerdict(AgentProfile profile, RuleMatch m, Instant now) {
        String rule = profile.name() + "/" + m.rule().name();
        return Verdict.of(m.rule().state(), new StateReason(Signal.SCREEN_RULE, rule, m.text(), now,
                "the screen shows " + m.rule().state().label().toLowerCase(Locale.ROOT)));
    }

    private static StateReason reason(Signal signal, Instant at, String detail) {
        return new StateReason(signal, null, null, at, detail);
    }

    private static String millis(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
