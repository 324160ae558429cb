// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlowControlTest {
    private final FlowControl policy = new FlowControl(1000, 5_000);

    @Test
    void rendersOnlyWhenNothingWaits() {
        assertTrue(policy.mayRender(0));
        assertFalse(policy.mayRender(1));
    }

    @Test
    void dropsTheQueueInsteadOfPassingTheLimit() {
        assertFalse(policy.mustDrop(0, 1000));
        assertFalse(policy.mustDrop(600, 400));
        assertTrue(policy.mustDrop(600, 401));
        assertTrue(policy.mustDrop(0, 1001));
    }

    @Test
    void aClientIsStuckOnlyAfterTheTimeWithoutProgress() {
        assertFalse(policy.isStuck(-1, 1_000_000));
        assertFalse(policy.isStuck(100, 5_100));
        assertTrue(policy.isStuck(100, 5_101));
    }
}
