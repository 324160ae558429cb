// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * A cell's colours and attributes packed in one {@code long}: foreground in bits 0-25,
 * background in bits 26-51 (each a {@link Colors} value, whose kind fits in two bits),
 * {@link Attrs} flags in bits 52-62 and the DECSCA "protected from selective erase" flag in
 * bit 63. {@code 0} is the default style. Underline colour and hyperlink are rare and live
 * beside the cells (see {@link Line}).
 */
public final class CellStyle {
    /** The default style: default colours, no attributes. */
    public static final long DEFAULT = 0L;

    private static final long COLOR_MASK = (1L << 26) - 1;
    private static final int BG_SHIFT = 26;
    private static final int ATTR_SHIFT = 52;
    private static final long ATTR_MASK = (1L << 11) - 1;
    private static final long PROTECTED = 1L << 63;

    private CellStyle() {}

    public static long of(int fg, int bg, int attrs) {
        return (fg & COLOR_MASK) | (bg & COLOR_MASK) << BG_SHIFT | (attrs & ATTR_MASK) << ATTR_SHIFT;
    }

    public static int fg(long style) {
        return (int) (style & COLOR_MASK);
    }

    public static int bg(long style) {
        return (int) (style >>> BG_SHIFT & COLOR_MASK);
    }

    public static int attrs(long style) {
        return (int) (style >>> ATTR_SHIFT & ATTR_MASK);
    }

    public static boolean isProtected(long style) {
        return style < 0;
    }

    public static long withFg(long style, int fg) {
        return style & ~COLOR_MASK | fg & COLOR_MASK;
    }

    public static long withBg(long style, int bg) {
        return style & ~(COLOR_MASK << BG_SHIFT) | (bg & COLOR_MASK) << BG_SHIFT;
    }

    public static long withAttrs(long style, int attrs) {
        return style & ~(ATTR_MASK << ATTR_SHIFT) | (attrs & ATTR_MASK) << ATTR_SHIFT;
    }

    public static long withProtected(long style, boolean on) {
        return on ? style | PROTECTED : style & ~PROTECTED;
    }

    /** The style an erase leaves behind: only the background colour survives (xterm's BCE). */
    public static long erased(long style) {
        return style & COLOR_MASK << BG_SHIFT;
    }
}
