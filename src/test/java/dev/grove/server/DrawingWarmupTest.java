// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.Themes;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DrawingWarmupTest {
    /** Panes wrote so long ago that the warm-up never waits. */
    private static final long LONG_AGO = System.nanoTime() - 3_600_000_000_000L;

    @Test
    @Timeout(60)
    void drawsEveryCharacterWhilePanesAreQuiet() {
        DrawingWarmup warmup = new DrawingWarmup(Themes.defaultTheme(), () -> LONG_AGO, 60_000_000_000L);
        warmup.run();
        assertEquals(DrawingWarmup.CHARACTERS, warmup.drawn());
    }

    @Test
    @Timeout(60)
    void drawsNothingWhileAPaneKeepsWritingAndGivesUp() {
        DrawingWarmup warmup = new DrawingWarmup(Themes.defaultTheme(), System::nanoTime, 200_000_000L);
        long start = System.nanoTime();
        warmup.run();
        assertEquals(0, warmup.drawn());
        assertTrue(System.nanoTime() - start >= 200_000_000L, "returned before giving up");
    }

    @Test
    @Timeout(60)
    void resumesOncePanesGoQuiet() {
        // A pane writes for its first ten looks, then stops.
        AtomicInteger looks = new AtomicInteger();
        DrawingWarmup warmup = new DrawingWarmup(Themes.defaultTheme(),
                () -> looks.incrementAndGet() <= 10 ? System.nanoTime() : LONG_AGO, 60_000_000_000L);
        warmup.run();
        assertEquals(DrawingWarmup.CHARACTERS, warmup.drawn());
        assertTrue(looks.get() > 10, "never waited for the pane");
    }
}
