// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import dev.grove.term.TermModes;
import dev.grove.term.TermModes.MouseEncoding;
import dev.grove.term.TermModes.MouseTracking;

/**
 * Mouse reports in the form a pane asked for: which events its tracking mode wants (X10 9:
 * presses; 1000: presses, releases, wheel; 1002: plus drags; 1003: plus moves) and how they are
 * encoded (X10 bytes, UTF-8 1005, SGR 1006, urxvt 1015). Coordinates are already pane-relative
 * and 0-based here. Stateless.
 */
final class MouseEncoder {
    private static final int ESC = 0x1b;
    /** Largest 0-based coordinate the X10 byte encoding can carry (byte 255). */
    private static final int X10_MAX = 255 - 33;
    /** Largest 0-based coordinate the UTF-8 (1005) encoding can carry. */
    private static final int UTF8_MAX = 2047 - 33;
    /** Cursor keys sent per wheel notch under alternate scroll (1007). */
    private static final int ALTERNATE_SCROLL_LINES = 3;

    private MouseEncoder() {}

    static byte[] encode(InputEvent.Mouse m, int row, int col, TermModes modes) {
        MouseTracking tracking = modes.mouseTracking();
        if (tracking == MouseTracking.OFF) {
            return alternateScroll(m, modes);
        }
        if (!wanted(m.action(), tracking)) {
            return null;
        }
        MouseEncoding encoding = modes.mouseEncoding();
        int cb = buttonCode(m, tracking, encoding == MouseEncoding.SGR);
        KeyEncoder.Out out = new KeyEncoder.Out();
        switch (encoding) {
            case SGR:
                boolean release = m.action() == MouseAction.RELEASE;
                return out.s("\u001b[<").n(cb).b(';').n(col + 1).b(';').n(row + 1).b(release ? 'm' : 'M').bytes();
            case URXVT:
                return out.s("\u001b[").n(cb + 32).b(';').n(col + 1).b(';').n(row + 1).b('M').bytes();
            case UTF8:
                out.s("\u001b[M").cp(cb + 32);
                return out.cp(Math.min(col, UTF8_MAX) + 33).cp(Math.min(row, UTF8_MAX) + 33).bytes();
            default:
                return out.s("\u001b[M").b(cb + 32).b(Math.min(col, X10_MAX) + 33).b(Math.min(row, X10_MAX) + 33).bytes();
        }
    }

    private static boolean wanted(MouseAction action, MouseTracking tracking) {
        switch (action) {
            case PRESS:
            case WHEEL_UP:
            case WHEEL_DOWN:
                return true;
            case RELEASE:
                return tracking != MouseTracking.X10;
            case DRAG:
                return tracking == MouseTracking.BUTTON_EVENT || tracking == MouseTracking.ANY_EVENT;
            default:
                return tracking == MouseTracking.ANY_EVENT;
        }
    }

    /**
     * The xterm button code: button, wheel (64/65), motion (+32), extra buttons (128+),
     * modifiers (4, 8, 16). Releases are button 3 except in SGR, which names the button.
     */
    private static int buttonCode(InputEvent.Mouse m, MouseTracking tracking, boolean sgr) {
        int cb;
        switch (m.action()) {
            case WHEEL_UP:
                cb = 64;
                break;
            case WHEEL_DOWN:
                cb = 65;
                break;
            case RELEASE:
                cb = m.button() >= 4 ? 128 + (m.button() - 4) : m.button();
                break;
            case MOVE:
                cb = 32 + 3;
                break;
            default:
                cb = m.button() >= 4 ? 128 + ((m.button() - 4) & 3) : Math.min(m.button(), 3);
                if (m.action() == MouseAction.DRAG) {
                    cb += 32;
                }
        }
        if (m.action() == MouseAction.RELEASE && !sgr) {
            cb = 3;
        }
        if (tracking != MouseTracking.X10) {
            int mods = m.modifiers();
            cb |= ((mods & Modifiers.SHIFT) != 0 ? 4 : 0) | ((mods & Modifiers.ALT) != 0 ? 8 : 0)
                    | ((mods & Modifiers.CTRL) != 0 ? 16 : 0);
        }
        return cb;
    }

    /** Wheel as cursor keys for a program on the alternate screen that asked for 1007; null otherwise. */
    private static byte[] alternateScroll(InputEvent.Mouse m, TermModes modes) {
        boolean wheel = m.action() == MouseAction.WHEEL_UP || m.action() == MouseAction.WHEEL_DOWN;
        if (!wheel || !modes.alternateScroll() || !modes.alternateScreen()) {
            return null;
        }
        byte letter = (byte) (m.action() == MouseAction.WHEEL_UP ? 'A' : 'B');
        byte intro = (byte) (modes.applicationCursorKeys() ? 'O' : '[');
        byte[] out = new byte[3 * ALTERNATE_SCROLL_LINES];
        for (int i = 0; i < ALTERNATE_SCROLL_LINES; i++) {
            out[3 * i] = ESC;
            out[3 * i + 1] = intro;
            out[3 * i + 2] = letter;
        }
        return out;
    }
}
