// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;

/**
 * A status an agent (or a person) wrote into the agent's row: the text as written, the state it
 * names (In progress for free text such as "tests green, now docs"), and when grove saw it.
 */
record ExplicitStatus(String text, AgentState state, Instant since) {

    static ExplicitStatus of(String text, Instant seen) {
        return new ExplicitStatus(text, AgentState.parse(text).orElse(AgentState.IN_PROGRESS), seen);
    }

    /** True for statuses that only make sense while the process runs. */
    boolean describesRunningProcess() {
        switch (state) {
            case STARTING:
            case IN_PROGRESS:
            case WAITING:
            case IDLE:
            case RATE_LIMITED:
                return true;
            default:
                return false;
        }
    }
}
