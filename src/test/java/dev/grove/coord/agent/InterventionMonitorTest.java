// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import dev.grove.config.TriggerConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The triggers under a fake clock: minutes pass in microseconds. */
class InterventionMonitorTest {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
    private static final AgentProfile SHELL = ProfileRegistry.builtin().lookup("shell");
    private static final Path CONFIG = Path.of("/home/u/.config/grove/config.json");

    private final InterventionMonitor monitor = new InterventionMonitor("api", SHELL, TriggerSettings.defaults());
    private final List<String> screen = new ArrayList<>();
    private long version;

    private static Instant minute(double m) {
        return T0.plusMillis((long) (m * 60_000));
    }

    private static AgentStatus status(AgentState state, Instant since) {
        return new AgentStatus(state, state.label(), new StateReason(Signal.SCREEN_RULE, "shell/x", "Continue? [y/n]",
                since, "the screen shows " + state.label()), since);
    }

    private PaneObservation pane(double now, double lastOutput) {
        List<String> rows = List.copyOf(screen);
        return PaneObservation.at(minute(now)).withScreen(++version, () -> new ScreenLines(rows))
                .withLastOutput(minute(lastOutput));
    }

    private List<Trigger> fired(PaneObservation o, AgentStatus s) {
        return triggers(monitor.update(o, s, List.of()));
    }

    private static List<Trigger> triggers(List<Attention> attentions) {
        return attentions.stream().map(Attention::trigger).collect(Collectors.toList());
    }

    @Test
    void silenceFiresOnceAfterTenMinutesOfNoOutputWhileInProgress() {
        AgentStatus working = status(AgentState.IN_PROGRESS, minute(0));
        assertEquals(List.of(), fired(pane(1, 1), working));
        assertEquals(Optional.of(minute(11)), monitor.nextCheckAt());
        assertEquals(List.of(), fired(pane(10.9, 1), working));
        List<Attention> now = monitor.update(pane(11, 1), working, List.of());
        assertEquals(List.of(Trigger.SILENCE), triggers(now));
        assertEquals("no output for 10 min while In progress", now.get(0).reason());
        assertEquals(minute(1), now.get(0).since());
        assertEquals(List.of(), fired(pane(30, 1), working), "fires once per silent period");
        assertEquals(Optional.empty(), monitor.nextCheckAt());
        assertEquals(List.of(), fired(pane(31, 31), working));
        assertEquals(List.of(), triggers(monitor.active()), "output ended the silence");
        assertEquals(List.of(Trigger.SILENCE), fired(pane(41, 31), working), "a new silent period fires again");
    }

    @Test
    void silenceDoesNotApplyWhenIdleOrWaiting() {
        assertEquals(List.of(), fired(pane(60, 0), status(AgentState.IDLE, minute(0))));
        assertEquals(Optional.empty(), monitor.nextCheckAt());
    }

    @Test
    void waitingFiresOncePerQuestionAndEndsWhenAnswered() {
        AgentStatus waiting = status(AgentState.WAITING, minute(2));
        assertEquals(List.of(Trigger.WAITING_FOR_INPUT), fired(pane(2, 2), waiting));
        assertEquals(List.of(), fired(pane(3, 2), waiting));
        assertTrue(monitor.active().get(0).reason().startsWith("waiting for input: the screen shows"));
        assertEquals(List.of(), fired(pane(4, 4), status(AgentState.IN_PROGRESS, minute(4))));
        assertEquals(List.of(), monitor.active());
        assertEquals(List.of(Trigger.WAITING_FOR_INPUT), fired(pane(5, 5), status(AgentState.WAITING, minute(5))));
    }

    @Test
    void lookingAtThePaneClearsWithoutRefiringTheSameOccurrence() {
        AgentStatus waiting = status(AgentState.WAITING, minute(2));
        fired(pane(2, 2), waiting);
        monitor.acknowledge();
        assertEquals(List.of(), monitor.active());
        assertEquals(List.of(), fired(pane(3, 2), waiting));
        assertEquals(List.of(), monitor.active());
    }

    @Test
    void repeatedErrorsFireWhenFiveNewErrorLinesAppearWithinTwoMinutes() {
        AgentStatus working = status(AgentState.IN_PROGRESS, minute(0));
        for (int i = 0; i < 4; i++) {
            screen.add("error: cannot find symbol Cart");
            assertEquals(List.of(), fired(pane(0.1 * i, 0.1 * i), working));
        }
        assertEquals(List.of(), fired(pane(0.5, 0.5), working), "a redraw of the same screen adds nothing");
        screen.add("FAILED tests/cart_test.py::test_total");
        List<Attention> now = monitor.update(pane(0.6, 0.6), working, List.of());
        assertEquals(List.of(Trigger.REPEATED_ERRORS), triggers(now));
        assertEquals("5 error lines within 2 min, last: FAILED tests/cart_test.py::test_total", now.get(0).reason());
        screen.add("error: again");
        assertEquals(List.of(), fired(pane(0.7, 0.7), working), "the same burst fires once");
        assertEquals(List.of(), fired(pane(5, 0.7), working), "the window slid: the burst is over");
        for (int i = 0; i < 5; i++) {
            screen.add("error: new problem " + i);
        }
        assertEquals(List.of(Trigger.REPEATED_ERRORS), fired(pane(6, 6), working));
    }

    @Test
    void errorsSpreadOverMoreThanTheWindowDoNotFire() {
        AgentStatus working = status(AgentState.IN_PROGRESS, minute(0));
        for (int i = 0; i < 10; i++) {
            screen.add("error " + i);
            assertEquals(List.of(), fired(pane(i, i), working));
        }
    }

    @Test
    void outOfScopeEditsFireForNewPathsOnly() {
        AgentStatus working = status(AgentState.IN_PROGRESS, minute(0));
        List<Attention> first = monitor.update(pane(1, 1), working, List.of("db/schema.sql", "a", "b", "c"));
        assertEquals("edits outside the declared scope: db/schema.sql, a, b and 1 more", first.get(0).reason());
        assertEquals(List.of(), monitor.update(pane(2, 2), working, List.of("db/schema.sql", "a", "b", "c")));
        List<Attention> more = monitor.update(pane(3, 3), working, List.of("db/schema.sql", "a", "b", "c", "ops/x"));
        assertEquals("edits outside the declared scope: ops/x", more.get(0).reason());
    }

    @Test
    void aNonZeroExitFiresOncePerExit() {
        AgentStatus failed = status(AgentState.FAILED, minute(1));
        PaneObservation exited = pane(1, 1).withProcess(ProcessState.exited(3, minute(1)));
        List<Attention> now = monitor.update(exited, failed, List.of());
        assertEquals("exited with code 3", now.get(0).reason());
        assertEquals(List.of(), fired(exited, failed));
        PaneObservation again = pane(9, 9).withProcess(ProcessState.exited(1, minute(9)));
        assertEquals(List.of(Trigger.NON_ZERO_EXIT), fired(again, failed));
    }

    @Test
    void triggersTurnedOffInTheConfigNeverFire() {
        TriggerConfig config = new TriggerConfig(1, null, null, null, List.of("silence", "waiting"));
        InterventionMonitor quiet = new InterventionMonitor("api", SHELL, TriggerSettings.from(config, CONFIG));
        assertEquals(List.of(), quiet.update(pane(5, 0), status(AgentState.IN_PROGRESS, minute(0)), List.of()));
        assertEquals(List.of(), quiet.update(pane(6, 0), status(AgentState.WAITING, minute(6)), List.of()));
        PaneObservation exited = pane(7, 7).withProcess(ProcessState.exited(1, minute(7)));
        assertEquals(List.of(Trigger.NON_ZERO_EXIT),
                triggers(quiet.update(exited, status(AgentState.FAILED, minute(7)), List.of())));
    }

    @Test
    void configuredSilenceErrorCountWindowAndPatternsApply() {
        TriggerConfig config = new TriggerConfig(3, 2, 1, List.of("^BOOM"), null);
        InterventionMonitor m = new InterventionMonitor("api", SHELL, TriggerSettings.from(config, CONFIG));
        AgentStatus working = status(AgentState.IN_PROGRESS, minute(0));
        screen.add("error: the profile's pattern no longer counts");
        screen.add("BOOM one");
        assertEquals(List.of(), triggers(m.update(pane(0.1, 0.1), working, List.of())));
        screen.add("BOOM two");
        List<Attention> errors = m.update(pane(0.2, 0.2), working, List.of());
        assertEquals(List.of(Trigger.REPEATED_ERRORS), triggers(errors));
        assertEquals("2 error lines within 1 min, last: BOOM two", errors.get(0).reason());
        assertEquals(Optional.of(minute(3.2)), m.nextCheckAt());
        assertEquals(List.of(Trigger.SILENCE), triggers(m.update(pane(3.2, 0.2), working, List.of())));
    }

    @Test
    void anUnknownTriggerNameInTheConfigIsAUserErrorNamingTheFile() {
        TriggerConfig config = new TriggerConfig(null, null, null, null, List.of("slience"));
        UserError e = assertThrows(UserError.class, () -> TriggerSettings.from(config, CONFIG));
        assertEquals(CONFIG + ": triggers.off names 'slience', which is no trigger", e.getMessage());
        assertEquals("use silence, errors, waiting, scope or exit", e.hint());
    }
}
