// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.util.Arrays;

/** Horizontal tab stops, one flag per column; every eighth column by default. */
final class TabStops {
    private boolean[] stops;

    TabStops(int cols) {
        stops = new boolean[cols];
        reset();
    }

    void reset() {
        for (int c = 0; c < stops.length; c++) {
            stops[c] = c % 8 == 0 && c > 0;
        }
    }

    void set(int col) {
        stops[col] = true;
    }

    void clear(int col) {
        stops[col] = false;
    }

    void clearAll() {
        Arrays.fill(stops, false);
    }

    /** The next stop after {@code col}, or the last column. */
    int next(int col) {
        for (int c = col + 1; c < stops.length; c++) {
            if (stops[c]) {
                return c;
            }
        }
        return stops.length - 1;
    }

    /** The previous stop before {@code col}, or column 0. */
    int previous(int col) {
        for (int c = col - 1; c > 0; c--) {
            if (stops[c]) {
                return c;
            }
        }
        return 0;
    }

    /** Keeps existing stops and gives new columns the default stops. */
    void resize(int cols) {
        int old = stops.length;
        stops = Arrays.copyOf(stops, cols);
        for (int c = old; c < cols; c++) {
            stops[c] = c % 8 == 0;
        }
    }
}
