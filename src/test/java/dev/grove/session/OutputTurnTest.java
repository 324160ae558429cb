// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutputTurnTest {
    private static final long MS = 1_000_000L;
    private static final long T = 5_000 * MS;

    @Test
    void outputTakesItsNextTurnAtOnceWhenNoOtherPaneWasTypedInto() {
        assertEquals(0, Session.turnDelayNanos(0, T, () -> 1));
    }

    @Test
    void outputYieldsWhileAnotherPaneIsTypedInto() {
        assertEquals(Session.YIELD_NANOS, Session.turnDelayNanos(T - 10 * MS, T, () -> 1));
        assertEquals(Session.YIELD_NANOS, Session.turnDelayNanos(T - Session.TYPING_NANOS + 1, T, () -> 0));
    }

    @Test
    void panesWithOutputWaitingShareTheTurnsWhileAnotherIsTypedInto() {
        assertEquals(3 * Session.YIELD_NANOS, Session.turnDelayNanos(T - 10 * MS, T, () -> 3));
        assertEquals(0, Session.turnDelayNanos(0, T, () -> 3));
    }

    @Test
    void outputStopsYieldingOnceTheTypingPauses() {
        assertEquals(0, Session.turnDelayNanos(T - Session.TYPING_NANOS, T, () -> 1));
        assertEquals(0, Session.turnDelayNanos(T - 2_000 * MS, T, () -> 1));
    }

    @Test
    void theRuleHoldsAcrossTheWrapOfTheNanosecondClock() {
        assertEquals(Session.YIELD_NANOS, Session.turnDelayNanos(Long.MAX_VALUE - MS, Long.MIN_VALUE + MS, () -> 1));
    }
}
