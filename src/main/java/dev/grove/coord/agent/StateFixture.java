// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved screen and the state a person says it shows: the regression test for a screen rule.
 * Written when someone marks a pane's state as wrong, and replayed by the fixture tests against
 * the current rules. {@code detected} and {@code reason} record what grove thought when it was
 * saved; {@code outputFlowing} says the pane had printed within its settle time (replayed as
 * "still printing"); {@code note} is free text (agent version, what was going on).
 */
public record StateFixture(
        int version,
        String profile,
        AgentState expected,
        AgentState detected,
        String reason,
        String savedAt,
        int cols,
        int rows,
        Boolean outputFlowing,
        String note,
        List<String> screen) {

    /** The fixture format version this code writes and reads. */
    public static final int FORMAT = 1;

    public StateFixture {
        screen = screen == null ? List.of() : List.copyOf(screen);
    }

    /**
     * A fixture of a pane's current screen, which a person says shows {@code expected}; what the
     * pane's tracker says now is recorded as {@code detected}.
     */
    public static StateFixture capture(AgentStateTracker tracker, AgentState expected, ScreenLines screen, int cols,
            Instant now) {
        AgentProfile profile = tracker.profile();
        AgentStatus detected = tracker.status();
        boolean flowing = tracker.outputFlowing(now);
        List<String> rows = new ArrayList<>(screen.rows());
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        return new StateFixture(FORMAT, profile.name(), expected, detected.state(), detected.reason().describe(),
                now.toString(), cols, screen.rows().size(), flowing, null, rows);
    }

    /** This fixture with other screen rows. */
    public StateFixture withScreen(List<String> rows) {
        return new StateFixture(version, profile, expected, detected, reason, savedAt, cols, this.rows, outputFlowing,
                note, rows);
    }

    /** This fixture with a note (agent version, what was going on). */
    public StateFixture withNote(String text) {
        return new StateFixture(version, profile, expected, detected, reason, savedAt, cols, rows, outputFlowing, text,
                screen);
    }

    /**
     * What the profile's current rules say about this screen, for a running agent whose own
     * status says nothing: settled output, unless {@code outputFlowing}.
     */
    public AgentStatus replay(ProfileRegistry profiles) {
        AgentProfile p = profiles.lookup(profile);
        Instant now = Instant.parse(savedAt);
        Instant lastOutput = Boolean.TRUE.equals(outputFlowing) ? now : now.minus(p.settle()).minusSeconds(1);
        Verdict v = StateRules.screenOnly(p, new ScreenLines(screen), lastOutput, now);
        return new AgentStatus(v.state(), v.label(), v.reason(), v.reason().at());
    }
}
