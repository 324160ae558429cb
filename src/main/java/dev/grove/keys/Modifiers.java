// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

/** Modifier bits of keys and mouse events; {@code 0} is none. */
public final class Modifiers {
    public static final int SHIFT = 1;
    public static final int ALT = 2;
    public static final int CTRL = 4;
    /** The Super (Windows/Command) key, reported only by the kitty keyboard protocol. */
    public static final int SUPER = 8;

    private Modifiers() {}

    /** The xterm modifier parameter for these bits ({@code 1 + bits}), as in {@code CSI 1 ; 5 A}. */
    public static int toParameter(int modifiers) {
        return 1 + modifiers;
    }

    /** The bits for an xterm modifier parameter; bits beyond SHIFT/ALT/CTRL/SUPER are dropped. */
    public static int fromParameter(int parameter) {
        return parameter <= 1 ? 0 : (parameter - 1) & (SHIFT | ALT | CTRL | SUPER);
    }
}
