// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

/**
 * Maps 24-bit colours to the nearest colour of xterm's 256-colour palette (the 6x6x6 cube and
 * the grey ramp; the first 16 colours are left out because terminals theme them). Stateless.
 */
final class Palette256 {
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

    private Palette256() {}

    /** The palette index nearest to 0xRRGGBB. */
    static int nearest(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int ri = cubeIndex(r);
        int gi = cubeIndex(g);
        int bi = cubeIndex(b);
        int cubeDist = dist(r, g, b, CUBE[ri], CUBE[gi], CUBE[bi]);
        int avg = (r + g + b) / 3;
        int grey = avg > 238 ? 23 : Math.max(0, (avg - 3) / 10);
        int level = 8 + 10 * grey;
        int greyDist = dist(r, g, b, level, level, level);
        return greyDist < cubeDist ? 232 + grey : 16 + 36 * ri + 6 * gi + bi;
    }

    private static int cubeIndex(int v) {
        return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
    }

    private static int dist(int r1, int g1, int b1, int r2, int g2, int b2) {
        return (r1 - r2) * (r1 - r2) + (g1 - g2) * (g1 - g2) + (b1 - b2) * (b1 - b2);
    }
}
