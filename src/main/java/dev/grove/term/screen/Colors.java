// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * Colours packed in one {@code int}: the top byte says the kind, the rest the value.
 * {@code 0} is the terminal's default colour; {@code 0x01_0000NN} palette index NN (0-255);
 * {@code 0x02_RRGGBB} a 24-bit colour.
 */
public final class Colors {
    public static final int DEFAULT = 0;
    public static final int KIND_INDEXED = 1;
    public static final int KIND_RGB = 2;

    private Colors() {}

    public static int indexed(int index) {
        return (KIND_INDEXED << 24) | (index & 0xff);
    }

    public static int rgb(int r, int g, int b) {
        return (KIND_RGB << 24) | ((r & 0xff) << 16) | ((g & 0xff) << 8) | (b & 0xff);
    }

    /** 0 for default, {@link #KIND_INDEXED} or {@link #KIND_RGB}. */
    public static int kind(int color) {
        return color >>> 24;
    }

    /** The palette index of an indexed colour. */
    public static int index(int color) {
        return color & 0xff;
    }

    /** The 0xRRGGBB value of an RGB colour. */
    public static int rgbValue(int color) {
        return color & 0xff_ffff;
    }
}
