// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;

/**
 * An agent's state with the text for its Status column ({@code label}: the state's label, or the
 * agent's own words when its status file row decided), the reason, and since when it holds.
 */
public record AgentStatus(AgentState state, String label, StateReason reason, Instant since) {}
