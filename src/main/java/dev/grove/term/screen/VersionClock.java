// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * A counter shared by both buffers of a screen. Every change takes the next value, so a row's
 * version identifies its content: a renderer that cached a row at version {@code v} may skip it
 * while the row still reports {@code v}, whichever line object moved there.
 */
final class VersionClock {
    private long now;

    long tick() {
        return ++now;
    }

    long now() {
        return now;
    }
}
