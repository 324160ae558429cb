// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grove.common.UserError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choosing a slot and its ports. */
class PortLeasesTest {
    private static AgentRecord holding(int slot, Map<String, Integer> ports) {
        return new AgentRecord("a" + slot, "", "b" + slot, true, "main", "0", "/w", slot, ports, Map.of(), List.of(),
                null, List.of(), AgentRecord.Phase.ACTIVE, "2026-01-01T00:00:00Z", null, null, null, null, null);
    }

    @Test
    void firstFreeSlotGetsBasePlusSlot() {
        PortLeases leases = new PortLeases(p -> true);
        Lease l = leases.choose(Map.of("PORT", 3000), List.of(holding(1, Map.of("PORT", 3001))));
        assertEquals(new Lease(2, Map.of("PORT", 3002)), l);
    }

    @Test
    void skipsSlotsWhosePortsAreBusyOrLeasedUnderAnotherName() {
        PortLeases leases = new PortLeases(p -> p != 3002);
        Lease l = leases.choose(Map.of("PORT", 3000, "API", 3010),
                List.of(holding(1, Map.of("PORT", 3001, "API", 3011)), holding(7, Map.of("OTHER", 3013))));
        assertEquals(4, l.slot(), "slot 2 has a busy port, slot 3 collides with a leased port");
        assertEquals(Map.of("PORT", 3004, "API", 3014), l.ports());
    }

    @Test
    void archivedAgentsHoldNoLease() {
        AgentRecord archived = holding(1, Map.of("PORT", 3001)).archived("2026-01-01T00:00:00Z", "refs/x");
        assertEquals(1, new PortLeases(p -> true).choose(Map.of("PORT", 3000), List.of(archived)).slot());
    }

    @Test
    void noPortsAtAllStillGivesSlots() {
        assertEquals(new Lease(1, Map.of()), new PortLeases(p -> true).choose(Map.of(), List.of()));
    }

    @Test
    void exhaustedPortsAreAUserError() {
        assertThrows(UserError.class, () -> new PortLeases(p -> false).choose(Map.of("PORT", 3000), List.of()));
    }
}
