// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.coord.status.StatusFile;
import dev.grove.coord.status.StatusRow;

/** Where each agent stands, as its state label (Starting, In progress, Waiting for input, ...). */
public interface AgentStates {
    /** The label written for {@code agent} now, or null when none is known. */
    String state(String agent);

    /** The states in the Status column of the coordination file. Safe from any thread. */
    static AgentStates fromStatusFile(StatusFile file) {
        return agent -> file.read().row(agent).map(StatusRow::status).orElse(null);
    }
}
