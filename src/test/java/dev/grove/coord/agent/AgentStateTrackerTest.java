// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.coord.status.StatusRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** State detection over time under a fake clock, with the built-in claude and shell profiles. */
class AgentStateTrackerTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtin();
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private final AgentProfile claude = PROFILES.lookup("claude");
    private final AgentStateTracker tracker = new AgentStateTracker(claude, T0);
    private long version;

    private static Instant at(double seconds) {
        return T0.plusMillis((long) (seconds * 1000));
    }

    private PaneObservation screen(double now, double lastOutput, String... rows) {
        ScreenLines lines = new ScreenLines(List.of(rows));
        return PaneObservation.at(at(now)).withScreen(++version, () -> lines).withLastOutput(at(lastOutput))
                .withProcess(ProcessState.running(T0));
    }

    private static StatusRow row(String status) {
        return new StatusRow("a", "task", status, "10:00", Map.of(), 3);
    }

    @Test
    void startsAsStartingUntilTheFirstOutputSettles() {
        assertEquals(AgentState.STARTING, tracker.status().state());
        AgentStatus s = tracker.update(PaneObservation.at(at(1)).withProcess(ProcessState.running(T0)));
        assertEquals(AgentState.STARTING, s.state());
        assertEquals(Signal.NO_OUTPUT_YET, s.reason().signal());
        assertEquals(AgentState.STARTING, tracker.update(screen(2, 1.9, "Welcome to Claude Code")).state());
        assertEquals(Optional.of(at(1.9).plus(claude.settle())), tracker.nextCheckAt());
        AgentStatus idle = tracker.update(screen(4, 1.9, "Welcome to Claude Code"));
        assertEquals(AgentState.IDLE, idle.state());
        assertEquals(Signal.QUIET_OUTPUT, idle.reason().signal());
        assertEquals(at(3.4), idle.since(), "idle since the output went quiet plus the settle time");
        assertEquals(Optional.of(at(4)), tracker.readyAt());
        assertEquals(AgentState.IN_PROGRESS, tracker.update(screen(5, 4.9, "Reading files")).state());
    }

    @Test
    void anApprovalMenuIsWaitingWithTheRuleAndMatchedTextAsReason() {
        AgentStatus s = tracker.update(screen(10, 9.9,
                "⏺ Bash(rm -rf build)",
                "Do you want to proceed?",
                "❯ 1. Yes",
                "  2. Yes, and don't ask again for rm commands",
                "  3. No, and tell Claude what to do differently (esc)"));
        assertEquals(AgentState.WAITING, s.state());
        assertEquals(Signal.SCREEN_RULE, s.reason().signal());
        assertEquals("claude/approval-menu", s.reason().rule());
        assertEquals("Do you want to proceed? / ❯ 1. Yes", s.reason().matched());
        assertEquals(at(10), s.since());
        assertTrue(s.reason().describe().contains("(rule claude/approval-menu): \"Do you want to proceed?"),
                s.reason().describe());
    }

    @Test
    void theSinceTimeAndReasonStayWhileTheStateHolds() {
        tracker.update(screen(10, 9.9, "✻ Thinking… (esc to interrupt)"));
        AgentStatus later = tracker.update(screen(20, 19.9, "✻ Thinking… (esc to interrupt)", "more"));
        assertEquals(AgentState.IN_PROGRESS, later.state());
        assertEquals(at(10), later.since());
        assertEquals(at(10), later.reason().at());
    }

    @Test
    void screenRulesRunOnlyWhenTheScreenVersionChanges() {
        AtomicInteger extractions = new AtomicInteger();
        PaneObservation o = PaneObservation.at(at(1)).withScreen(7, () -> {
            extractions.incrementAndGet();
            return new ScreenLines(List.of("esc to interrupt"));
        }).withLastOutput(at(1));
        tracker.update(o);
        tracker.update(o);
        tracker.update(PaneObservation.at(at(9)).withScreen(7, () -> {
            extractions.incrementAndGet();
            return new ScreenLines(List.of());
        }).withLastOutput(at(1)));
        assertEquals(1, extractions.get());
        assertEquals(AgentState.IN_PROGRESS, tracker.status().state(), "the cached match still applies");
    }

    @Test
    void anAgentsOwnStatusWinsOverGuessingButNotOverAnApproval() {
        tracker.update(screen(1, 0.5, "hello").withRow(row("Starting")));
        AgentStatus s = tracker.update(screen(5, 0.5, "idle prompt").withRow(row("Blocked: needs the API")));
        assertEquals(AgentState.BLOCKED, s.state());
        assertEquals("Blocked: needs the API", s.label());
        assertEquals(Signal.STATUS_FILE, s.reason().signal());
        AgentStatus w = tracker.update(screen(6, 5.9, "Do you want to proceed?", "❯ 1. Yes")
                .withRow(row("Blocked: needs the API")));
        assertEquals(AgentState.WAITING, w.state());
        AgentStatus back = tracker.update(screen(9, 5.9, "done").withRow(row("Waiting for input")));
        assertEquals(AgentState.BLOCKED, back.state(), "grove's own write of Waiting is not the agent's word");
    }

    @Test
    void labelsGroveWroteAreNotMistakenForTheAgentsEvenWhenTheFileLags() {
        tracker.update(screen(1, 0.9, "x").withRow(row("Starting")));
        tracker.update(screen(2, 1.9, "esc to interrupt").withRow(row("Starting")));
        tracker.update(screen(3, 2.9, "Do you want to proceed?", "❯ 1. Yes").withRow(row("In progress")));
        AgentStatus s = tracker.update(screen(4, 3.9, "esc to interrupt").withRow(row("Waiting for input")));
        assertEquals(AgentState.IN_PROGRESS, s.state());
        assertEquals(Signal.SCREEN_RULE, s.reason().signal());
    }

    @Test
    void exitCodesDecideAndARunningClaimIsDroppedOnExit() {
        tracker.update(screen(1, 0.9, "x").withRow(row("")));
        tracker.update(screen(2, 1.9, "x").withRow(row("In progress")));
        AgentStatus ok = tracker.update(screen(3, 1.9, "x").withRow(row("In progress"))
                .withProcess(ProcessState.exited(0, at(2.5))));
        assertEquals(AgentState.COMPLETE, ok.state());
        assertEquals(at(2.5), ok.since());
        AgentStatus failed = tracker.update(screen(4, 1.9, "x").withProcess(ProcessState.exited(2, at(3.5))));
        assertEquals(AgentState.FAILED, failed.state());
        assertEquals("the process exited with code 2", failed.reason().detail());
    }

    @Test
    void aProcessLostWithTheServerIsExitedInterruptedWhateverItClaimedAndRingsNoExitAlarm() {
        tracker.update(screen(1, 0.9, "x").withRow(row("")));
        tracker.update(screen(2, 1.9, "x").withRow(row("Complete")));
        PaneObservation lost = screen(3, 1.9, "x").withRow(row("Complete")).withProcess(ProcessState.interrupted(at(2.5)));
        AgentStatus s = tracker.update(lost);
        assertEquals("Exited (interrupted)", s.label());
        assertEquals(Signal.PROCESS_EXIT, s.reason().signal());
        assertTrue(s.reason().detail().contains("grove resume"), s.reason().detail());
        InterventionMonitor monitor = new InterventionMonitor("a", claude, TriggerSettings.defaults());
        assertEquals(List.of(), monitor.update(lost, s, List.of()), "no non-zero-exit attention for a lost process");
    }

    @Test
    void anExplicitFailureSurvivesACleanExit() {
        tracker.update(screen(1, 0.9, "x").withRow(row("")));
        tracker.update(screen(2, 1.9, "x").withRow(row("Failed: tests red")));
        AgentStatus s = tracker.update(screen(3, 1.9, "x").withProcess(ProcessState.exited(0, at(2.5)))
                .withRow(row("Failed: tests red")));
        assertEquals(AgentState.FAILED, s.state());
        assertEquals("Failed: tests red", s.label());
    }

    @Test
    void rateLimitNoticesCountUnlessWorkHasResumed() {
        AgentStatus limited = tracker.update(screen(1, 0.9,
                "You've hit your session limit · resets 5:40pm (Europe/Berlin)",
                "/login to switch to an API usage-billed account."));
        assertEquals(AgentState.RATE_LIMITED, limited.state());
        assertEquals("You've hit your session limit · resets 5:40pm (Europe/Berlin)", limited.reason().matched());
        AgentStatus working = tracker.update(screen(9000, 8999.9,
                "You've hit your session limit · resets 5:40pm (Europe/Berlin)",
                "✶ Pondering… (12s · esc to interrupt)"));
        assertEquals(AgentState.IN_PROGRESS, working.state());
    }

    @Test
    void blockedAndMergedComeFromTheirSignals() {
        AgentStateTracker waiting = new AgentStateTracker(claude, T0);
        AgentStatus blocked = waiting.update(PaneObservation.at(at(1)).withProcess(ProcessState.notStarted())
                .withWaitingFor(List.of("auth", "api")));
        assertEquals(AgentState.BLOCKED, blocked.state());
        assertEquals("waits for auth, api to be merged", blocked.reason().detail());
        AgentStatus merged = waiting.update(PaneObservation.at(at(2)).withProcess(ProcessState.exited(0, at(1.5)))
                .withMerged());
        assertEquals(AgentState.MERGED, merged.state());
    }

    @Test
    void anIdleRuleNeedsSettledOutput() {
        AgentProfile shell = PROFILES.lookup("shell");
        AgentStateTracker t = new AgentStateTracker(shell, T0);
        t.update(PaneObservation.at(at(3)).withScreen(0, () -> new ScreenLines(List.of("$"))).withLastOutput(at(1)));
        assertEquals(AgentState.IDLE, t.status().state());
        PaneObservation busy = PaneObservation.at(at(5))
                .withScreen(1, () -> new ScreenLines(List.of("$ make", "cc -o x"))).withLastOutput(at(4.9));
        t.update(busy);
        assertEquals(AgentState.IN_PROGRESS, t.update(busy).state());
        PaneObservation prompt = PaneObservation.at(at(6)).withScreen(2, () -> new ScreenLines(List.of("$ make", "$")))
                .withLastOutput(at(5.9));
        assertEquals(AgentState.IN_PROGRESS, t.update(prompt).state(), "prompt shown but output still flowing");
        AgentStatus idle = t.update(PaneObservation.at(at(8))
                .withScreen(2, () -> new ScreenLines(List.of("$ make", "$"))).withLastOutput(at(5.9)));
        assertEquals(AgentState.IDLE, idle.state());
        assertEquals("shell/shell-prompt", idle.reason().rule());
    }

    @Test
    void restartGoesBackToStarting() {
        tracker.update(screen(1, 0.9, "x").withRow(row("")));
        tracker.update(screen(2, 1.9, "x").withRow(row("Complete")));
        tracker.restarted(at(3));
        assertEquals(AgentState.STARTING, tracker.status().state());
        AgentStatus s = tracker.update(screen(4, 3.9, "esc to interrupt").withRow(row("Complete")));
        assertEquals(AgentState.IN_PROGRESS, s.state());
        assertEquals(Duration.ZERO, Duration.between(at(4), s.since()));
    }
}
