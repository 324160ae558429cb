// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.session.Pane;

/**
 * What a pane's border says about it: its status (the agent's state for an agent, so the border
 * and the table agree) and whether it needs the user (the border lights up).
 */
record PaneBadge(String status, boolean attention) {
    /** A plain pane's badge: its process status, never lit. */
    static PaneBadge of(Pane pane) {
        return new PaneBadge(pane.status().label(), false);
    }
}
