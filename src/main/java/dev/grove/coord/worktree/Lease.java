// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.Map;

/** A worktree's slot and the ports that come with it. */
public record Lease(int slot, Map<String, Integer> ports) {
    public Lease {
        ports = Map.copyOf(ports);
    }
}
