// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.util.List;
import java.util.Locale;

/**
 * A colour in a theme file: {@code "#rrggbb"}, a palette name ({@code "red"},
 * {@code "bright-blue"}, ...), a palette index 0-255 (number or string), or {@code "default"}
 * (the terminal's own colour). Immutable.
 */
public final class ThemeColor {
    /** The kinds of colour. */
    public enum Kind { DEFAULT, INDEXED, RGB }

    /** The 16 palette names, in palette order; {@code bright-} names are indices 8-15. */
    public static final List<String> PALETTE_NAMES = List.of(
            "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
            "bright-black", "bright-red", "bright-green", "bright-yellow",
            "bright-blue", "bright-magenta", "bright-cyan", "bright-white");

    public static final ThemeColor DEFAULT = new ThemeColor(Kind.DEFAULT, 0, "default");

    private final Kind kind;
    private final int value;
    private final String text;

    private ThemeColor(Kind kind, int value, String text) {
        this.kind = kind;
        this.value = value;
        this.text = text;
    }

    public static ThemeColor indexed(int index) {
        if (index < 0 || index > 255) {
            throw new IllegalArgumentException("palette index " + index + " is outside 0-255");
        }
        return new ThemeColor(Kind.INDEXED, index, Integer.toString(index));
    }

    public static ThemeColor rgb(int rgb) {
        return new ThemeColor(Kind.RGB, rgb & 0xff_ffff, String.format(Locale.ROOT, "#%06x", rgb & 0xff_ffff));
    }

    /**
     * Parses a colour as written in a theme file.
     *
     * @throws IllegalArgumentException saying what is wrong and what is accepted
     */
    public static ThemeColor parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("default")) {
            return DEFAULT;
        }
        if (t.matches("#[0-9a-f]{6}")) {
            return rgb(Integer.parseInt(t.substring(1), 16));
        }
        if (t.matches("[0-9]{1,3}")) {
            return indexed(Integer.parseInt(t));
        }
        int named = PALETTE_NAMES.indexOf(t.replace('_', '-').replace(' ', '-'));
        if (named >= 0) {
            return new ThemeColor(Kind.INDEXED, named, t);
        }
        throw new IllegalArgumentException("bad colour '" + text
                + "': use #rrggbb, a palette index 0-255, default, or one of " + PALETTE_NAMES);
    }

    public Kind kind() {
        return kind;
    }

    /** The palette index for INDEXED, the 0xRRGGBB value for RGB, 0 for DEFAULT. */
    public int value() {
        return value;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeColor && ((ThemeColor) o).kind == kind && ((ThemeColor) o).value == value;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value;
    }
}
