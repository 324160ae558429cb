// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The state names a screen rule may use, and the states they stand for. */
final class RuleStates {
    static final String NAMES = "waiting, working, idle, rate-limited, failed, complete";

    private static final Map<String, AgentState> STATES = Map.of(
            "waiting", AgentState.WAITING,
            "working", AgentState.IN_PROGRESS,
            "in-progress", AgentState.IN_PROGRESS,
            "idle", AgentState.IDLE,
            "rate-limited", AgentState.RATE_LIMITED,
            "failed", AgentState.FAILED,
            "complete", AgentState.COMPLETE);

    private RuleStates() {}

    static Optional<AgentState> parse(String name) {
        return Optional.ofNullable(STATES.get(name.toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
