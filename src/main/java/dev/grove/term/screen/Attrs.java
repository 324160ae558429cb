// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/** Cell attribute flags packed in one {@code int}; the underline style takes three bits. */
public final class Attrs {
    public static final int BOLD = 1;
    public static final int FAINT = 1 << 1;
    public static final int ITALIC = 1 << 2;
    /** Underline style: {@code (attrs & UNDERLINE_MASK) >> UNDERLINE_SHIFT}, see UNDERLINE_* values. */
    public static final int UNDERLINE_SHIFT = 3;
    public static final int UNDERLINE_MASK = 0b111 << UNDERLINE_SHIFT;
    public static final int BLINK = 1 << 6;
    public static final int INVERSE = 1 << 7;
    public static final int HIDDEN = 1 << 8;
    public static final int STRIKE = 1 << 9;
    public static final int OVERLINE = 1 << 10;

    public static final int UNDERLINE_NONE = 0;
    public static final int UNDERLINE_SINGLE = 1;
    public static final int UNDERLINE_DOUBLE = 2;
    public static final int UNDERLINE_CURLY = 3;
    public static final int UNDERLINE_DOTTED = 4;
    public static final int UNDERLINE_DASHED = 5;

    private Attrs() {}

    public static int underline(int attrs) {
        return (attrs & UNDERLINE_MASK) >> UNDERLINE_SHIFT;
    }

    public static int withUnderline(int attrs, int style) {
        return (attrs & ~UNDERLINE_MASK) | ((style & 0b111) << UNDERLINE_SHIFT);
    }
}
