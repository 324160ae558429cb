// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

/**
 * The parameters of one control sequence ({@code ESC [ <prefix> params <final>}), split on
 * {@code ;} into parameters and on {@code :} into sub-parameters. Missing values read as -1.
 */
final class CsiParams {
    private final int[][] values;
    /** The private marker ({@code < = > ?}) or 0. */
    final int prefix;
    final int finalByte;

    private CsiParams(int[][] values, int prefix, int finalByte) {
        this.values = values;
        this.prefix = prefix;
        this.finalByte = finalByte;
    }

    /** Parses {@code bytes[from..to)}, the part between {@code ESC [} and the final byte. */
    static CsiParams parse(byte[] bytes, int from, int to, int finalByte) {
        int prefix = 0;
        if (from < to && bytes[from] >= '<' && bytes[from] <= '?') {
            prefix = bytes[from];
            from++;
        }
        int count = from < to ? 1 : 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == ';') {
                count++;
            }
        }
        int[][] values = new int[count][];
        int start = from;
        for (int p = 0; p < count; p++) {
            int end = start;
            while (end < to && bytes[end] != ';') {
                end++;
            }
            values[p] = subParams(bytes, start, end);
            start = end + 1;
        }
        return new CsiParams(values, prefix, finalByte);
    }

    private static int[] subParams(byte[] bytes, int from, int to) {
        int count = 1;
        for (int i = from; i < to; i++) {
            if (bytes[i] == ':') {
                count++;
            }
        }
        int[] out = new int[count];
        int n = 0;
        int value = -1;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == ':') {
                out[n++] = value;
                value = -1;
            } else if (b >= '0' && b <= '9') {
                value = Math.min(Math.max(value, 0) * 10 + (b - '0'), 1 << 24);
            }
        }
        out[n] = value;
        return out;
    }

    int count() {
        return values.length;
    }

    /** Parameter {@code index}'s first value, or {@code fallback} when missing. */
    int get(int index, int fallback) {
        return sub(index, 0, fallback);
    }

    /** Sub-parameter {@code sub} of parameter {@code index}, or {@code fallback} when missing. */
    int sub(int index, int sub, int fallback) {
        if (index >= values.length || sub >= values[index].length || values[index][sub] < 0) {
            return fallback;
        }
        return values[index][sub];
    }
}
