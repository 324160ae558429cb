// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaneBurstTest {
    private static final long MS = 1_000_000L;
    private static final long T = 5_000 * MS;

    @Test
    void firstOutputStartsABurst() {
        assertTrue(Pane.startsBurst(0, 0, T));
    }

    @Test
    void outputSoonAfterOutputContinuesTheBurst() {
        assertFalse(Pane.startsBurst(T - 2 * MS, 0, T));
    }

    @Test
    void outputAfterSilenceStartsABurst() {
        assertTrue(Pane.startsBurst(T - Pane.QUIET_NANOS - 1, 0, T));
    }

    @Test
    void outputAfterTypedInputStartsABurstEvenWithinTheQuietTime() {
        assertTrue(Pane.startsBurst(T - 3 * MS, T - 1 * MS, T));
    }

    @Test
    void inputOlderThanTheLastOutputDoesNotStartABurst() {
        assertFalse(Pane.startsBurst(T - 2 * MS, T - 3 * MS, T));
    }
}
