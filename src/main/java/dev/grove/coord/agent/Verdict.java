// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

/** A state decision before it is given a "since" time: state, Status column text, reason. */
record Verdict(AgentState state, String label, StateReason reason) {

    static Verdict of(AgentState state, StateReason reason) {
        return new Verdict(state, state.label(), reason);
    }
}
