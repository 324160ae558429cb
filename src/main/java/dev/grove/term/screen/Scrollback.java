// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.util.Arrays;

/**
 * The scrollback: a bounded ring of {@link StoredLine}s, oldest dropped first. Index 0 is the
 * oldest line, {@code size() - 1} the newest. The backing array grows on demand up to the limit.
 */
final class Scrollback {
    private final int limit;
    private StoredLine[] ring;
    private int start;
    private int size;

    Scrollback(int limit) {
        this.limit = Math.max(0, limit);
        this.ring = new StoredLine[Math.min(this.limit, 64)];
    }

    int limit() {
        return limit;
    }

    int size() {
        return size;
    }

    /** The line at {@code index}, 0 the oldest. */
    StoredLine get(int index) {
        return ring[(start + index) % ring.length];
    }

    /** Appends a line as the newest, dropping the oldest when full. */
    void push(StoredLine line) {
        if (limit == 0) {
            return;
        }
        if (size < ring.length) {
            ring[(start + size) % ring.length] = line;
            size++;
            return;
        }
        if (ring.length < limit) {
            grow();
            ring[size++] = line;
            return;
        }
        ring[start] = line;
        start = (start + 1) % ring.length;
    }

    void clear() {
        ring = new StoredLine[Math.min(limit, 64)];
        start = 0;
        size = 0;
    }

    /** Approximate heap bytes held by the stored lines and the ring. */
    long footprint() {
        long n = 16 + 4L * ring.length;
        for (int i = 0; i < size; i++) {
            n += get(i).footprint();
        }
        return n;
    }

    private void grow() {
        StoredLine[] bigger = new StoredLine[Math.min(limit, Math.max(64, ring.length * 2))];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        Arrays.fill(ring, null);
        ring = bigger;
        start = 0;
    }
}
