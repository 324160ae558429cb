// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.parse;

/**
 * The numeric parameters of a control sequence, with colon sub-parameters. Bounded: at most
 * {@link #MAX} values (the rest are dropped) and each value at most {@link #MAX_VALUE}.
 * An omitted value reads as 0. Reused by the parser for every sequence; copy what you keep.
 *
 * <p>{@code CSI 38:2::10:20:30;1 m} holds values {@code 38 2 0 10 20 30 1}; the four after
 * {@code 38} are sub-parameters ({@link #isSub} true) and {@code 1} starts a new parameter.
 */
public final class Params {
    /** Most values kept per sequence. */
    public static final int MAX = 32;
    /** Largest value kept; bigger numbers are clamped. */
    public static final int MAX_VALUE = 65535;

    private final int[] values = new int[MAX];
    private long subMask;
    private int count;
    private boolean open;

    /** Number of values, sub-parameters included. */
    public int size() {
        return count;
    }

    /** The value at index {@code i}, 0 when omitted or missing. */
    public int get(int i) {
        return i < count ? values[i] : 0;
    }

    /** The value at index {@code i}, or {@code dflt} when missing or 0. */
    public int getOr(int i, int dflt) {
        if (i >= count || values[i] == 0) {
            return dflt;
        }
        return values[i];
    }

    /** True when value {@code i} followed a colon: it belongs to the parameter before it. */
    public boolean isSub(int i) {
        return (subMask & (1L << i)) != 0;
    }

    /** Number of sub-parameters following value {@code i}. */
    public int subCount(int i) {
        int n = 0;
        while (i + 1 + n < count && isSub(i + 1 + n)) {
            n++;
        }
        return n;
    }

    void clear() {
        count = 0;
        subMask = 0;
        open = false;
    }

    void digit(int d) {
        if (!open) {
            startValue(false);
        }
        if (open) {
            int i = count - 1;
            int v = values[i] * 10 + d;
            values[i] = Math.min(v, MAX_VALUE);
        }
    }

    /**
     * Reads a whole parameter string of digits, ';' and ':' ({@code data[from, to)}), with the
     * same result as {@link #digit} and {@link #separator} byte by byte, a run of digits at a time.
     */
    void parse(byte[] data, int from, int to) {
        int p = from;
        while (p < to) {
            if (data[p] > '9') {
                separator(data[p] == ':');
                p++;
                continue;
            }
            int v = 0;
            for (; p < to && data[p] <= '9'; p++) {
                v = Math.min(v * 10 + (data[p] - '0'), MAX_VALUE);
            }
            if (!open) {
                startValue(false);
            }
            if (open) {
                // A run of digits always starts a value (first, or after a separator): it was 0.
                values[count - 1] = v;
            }
        }
    }

    /** A ';' (new parameter) or ':' (sub-parameter) separator. */
    void separator(boolean sub) {
        if (!open) {
            startValue(false);
        }
        open = false;
        startValue(sub);
    }

    private void startValue(boolean sub) {
        open = true;
        if (count >= MAX) {
            open = false;
            return;
        }
        values[count] = 0;
        if (sub) {
            subMask |= 1L << count;
        }
        count++;
    }

    /** For tests and replies: the values as {@code 1;2:3}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(isSub(i) ? ':' : ';');
            }
            sb.append(values[i]);
        }
        return sb.toString();
    }
}
