// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

/**
 * Turns one complete escape sequence from a client's terminal into an event. Understands
 * xterm's cursor and function keys ({@code CSI 1 ; m A}, {@code CSI n ; m ~}, SS3), xterm
 * modifyOtherKeys ({@code CSI 27 ; m ; code ~}), the kitty keyboard protocol
 * ({@code CSI code ; m u}), SGR (1006), urxvt (1015) and X10 mouse reports and focus events
 * ({@code CSI I}, {@code CSI O}). Anything else becomes an {@link KeyCode#UNKNOWN} key carrying
 * its raw bytes. Stateless.
 */
final class Sequences {
    /** Kitty's code for the first keypad key (KP_0); the keypad block runs to KP_BEGIN. */
    static final int KITTY_KP_0 = 57399;
    static final int KITTY_KP_BEGIN = 57427;
    /** Characters of kitty's keypad codes KP_0 .. KP_SEPARATOR (KP_ENTER is ENTER). */
    private static final String KITTY_KEYPAD_CHARS = "0123456789./*-+\r=,";
    private static final KeyCode[] KITTY_KEYPAD_KEYS = {
        KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN,
        KeyCode.HOME, KeyCode.END, KeyCode.INSERT, KeyCode.DELETE,
    };
    /** First code of kitty's private-use functional keys (CAPS_LOCK ... modifier keys). */
    private static final int KITTY_FUNCTIONAL_FIRST = 57344;
    private static final int KITTY_FUNCTIONAL_LAST = 63743;
    /** Keypad characters of SS3 {@code j .. y}. */
    private static final String SS3_KEYPAD_CHARS = "*+,-./0123456789";

    private Sequences() {}

    /** The event of {@code ESC [ params final}; null when the sequence is to be dropped (key releases). */
    static InputEvent csi(CsiParams p, byte[] raw) {
        if (p.prefix == '<' && (p.finalByte == 'M' || p.finalByte == 'm')) {
            return sgrMouse(p, raw);
        }
        if (p.prefix != 0) {
            return unknown(raw);
        }
        switch (p.finalByte) {
            case 'I':
            case 'O':
                return p.count() == 0 ? new InputEvent.Focus(p.finalByte == 'I') : unknown(raw);
            case 'M':
                return p.count() == 3 ? urxvtMouse(p, raw) : unknown(raw);
            case '~':
                return tilde(p, raw);
            case 'u':
                return kitty(p, raw);
            case 'Z':
                return key(KeyCode.TAB, 0, Modifiers.SHIFT | mods(p), raw);
            default:
                return letterKey(p, raw);
        }
    }

    /** The event of {@code ESC O final}. */
    static InputEvent ss3(int finalByte, byte[] raw) {
        KeyCode code = letterCode(finalByte);
        if (code != null) {
            return key(code, 0, 0, raw);
        }
        if (finalByte == 'M') {
            return key(KeyCode.ENTER, 0, 0, raw);
        }
        if (finalByte == 'X') {
            return key(KeyCode.CHAR, '=', 0, raw);
        }
        if (finalByte >= 'j' && finalByte <= 'y') {
            return key(KeyCode.CHAR, SS3_KEYPAD_CHARS.charAt(finalByte - 'j'), 0, raw);
        }
        return unknown(raw);
    }

    /** An X10 mouse report {@code ESC [ M cb cx cy}; the three values are {@code raw[3..5]}. */
    static InputEvent x10Mouse(byte[] raw) {
        int cb = (raw[3] & 0xff) - 32;
        int col = (raw[4] & 0xff) - 33;
        int row = (raw[5] & 0xff) - 33;
        return mouse(cb, row, col, (cb & 3) != 3, raw);
    }

    private static InputEvent sgrMouse(CsiParams p, byte[] raw) {
        if (p.count() != 3) {
            return unknown(raw);
        }
        return mouse(p.get(0, 0), p.get(2, 1) - 1, p.get(1, 1) - 1, p.finalByte == 'M', raw);
    }

    private static InputEvent urxvtMouse(CsiParams p, byte[] raw) {
        int cb = p.get(0, 32) - 32;
        return mouse(cb, p.get(2, 1) - 1, p.get(1, 1) - 1, (cb & 3) != 3, raw);
    }

    /** Decodes an xterm button byte; horizontal wheel events are dropped (null). */
    private static InputEvent mouse(int cb, int row, int col, boolean press, byte[] raw) {
        if (cb < 0) {
            return unknown(raw);
        }
        int mods = ((cb & 4) != 0 ? Modifiers.SHIFT : 0) | ((cb & 8) != 0 ? Modifiers.ALT : 0)
                | ((cb & 16) != 0 ? Modifiers.CTRL : 0);
        int low = cb & 3;
        row = Math.max(0, row);
        col = Math.max(0, col);
        if ((cb & 64) != 0 && (cb & 128) == 0) {
            if (low > 1) {
                return null;
            }
            return new InputEvent.Mouse(low == 0 ? MouseAction.WHEEL_UP : MouseAction.WHEEL_DOWN, 0, row, col, mods);
        }
        int button = (cb & 128) != 0 ? 4 + low : low;
        MouseAction action;
        if ((cb & 32) != 0) {
            action = button == 3 ? MouseAction.MOVE : MouseAction.DRAG;
        } else {
            action = press ? MouseAction.PRESS : MouseAction.RELEASE;
        }
        return new InputEvent.Mouse(action, button, row, col, mods);
    }

    private static InputEvent tilde(CsiParams p, byte[] raw) {
        int n = p.get(0, -1);
        if (n == 27 && p.count() >= 3) {
            return textOrSpecial(p.get(2, 0), Modifiers.fromParameter(p.get(1, 1)), raw);
        }
        KeyCode code = tildeCode(n);
        return code == null ? unknown(raw) : key(code, 0, mods(p), raw);
    }

    private static KeyCode tildeCode(int n) {
        switch (n) {
            case 1: case 7: return KeyCode.HOME;
            case 2: return KeyCode.INSERT;
            case 3: return KeyCode.DELETE;
            case 4: case 8: return KeyCode.END;
            case 5: return KeyCode.PAGE_UP;
            case 6: return KeyCode.PAGE_DOWN;
            case 11: case 12: case 13: case 14: case 15: return KeyCode.values()[KeyCode.F1.ordinal() + n - 11];
            case 17: case 18: case 19: case 20: case 21: return KeyCode.values()[KeyCode.F6.ordinal() + n - 17];
            case 23: return KeyCode.F11;
            case 24: return KeyCode.F12;
            default: return null;
        }
    }

    private static InputEvent kitty(CsiParams p, byte[] raw) {
        int event = p.sub(1, 1, 1);
        if (event == 3) {
            return null;
        }
        int code = p.get(0, -1);
        int mods = Modifiers.fromParameter(p.get(1, 1));
        if (code >= KITTY_KP_0 && code <= KITTY_KP_BEGIN) {
            return kittyKeypad(code, mods, raw);
        }
        if (code >= KITTY_FUNCTIONAL_FIRST && code <= KITTY_FUNCTIONAL_LAST) {
            return null;
        }
        return code < 0 ? unknown(raw) : textOrSpecial(code, mods, raw);
    }

    private static InputEvent kittyKeypad(int code, int mods, byte[] raw) {
        int i = code - KITTY_KP_0;
        if (i < KITTY_KEYPAD_CHARS.length()) {
            char c = KITTY_KEYPAD_CHARS.charAt(i);
            return c == '\r' ? key(KeyCode.ENTER, 0, mods, raw) : key(KeyCode.CHAR, c, mods, raw);
        }
        int k = i - KITTY_KEYPAD_CHARS.length();
        return k >= 0 && k < KITTY_KEYPAD_KEYS.length ? key(KITTY_KEYPAD_KEYS[k], 0, mods, raw) : null;
    }

    /** A key given by its character code (modifyOtherKeys and kitty): Enter, Tab, ... or a character. */
    private static InputEvent textOrSpecial(int code, int mods, byte[] raw) {
        switch (code) {
            case 13: return key(KeyCode.ENTER, 0, mods, raw);
            case 9: return key(KeyCode.TAB, 0, mods, raw);
            case 127: case 8: return key(KeyCode.BACKSPACE, 0, mods, raw);
            case 27: return key(KeyCode.ESCAPE, 0, mods, raw);
            default:
                if (code < 0x20 || !Character.isValidCodePoint(code)
                        || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
                    return unknown(raw);
                }
                return key(KeyCode.CHAR, code, mods, raw);
        }
    }

    private static InputEvent letterKey(CsiParams p, byte[] raw) {
        KeyCode code = letterCode(p.finalByte);
        if (code == null || (p.finalByte == 'R' && p.get(0, 1) != 1)) {
            return unknown(raw);
        }
        return key(code, 0, mods(p), raw);
    }

    private static KeyCode letterCode(int finalByte) {
        switch (finalByte) {
            case 'A': return KeyCode.UP;
            case 'B': return KeyCode.DOWN;
            case 'C': return KeyCode.RIGHT;
            case 'D': return KeyCode.LEFT;
            case 'H': return KeyCode.HOME;
            case 'F': return KeyCode.END;
            case 'P': return KeyCode.F1;
            case 'Q': return KeyCode.F2;
            case 'R': return KeyCode.F3;
            case 'S': return KeyCode.F4;
            default: return null;
        }
    }

    private static int mods(CsiParams p) {
        return Modifiers.fromParameter(p.get(1, 1));
    }

    static InputEvent.Key key(KeyCode code, int codePoint, int mods, byte[] raw) {
        return new InputEvent.Key(code, codePoint, mods, raw);
    }

    static InputEvent.Key unknown(byte[] raw) {
        return new InputEvent.Key(KeyCode.UNKNOWN, 0, 0, raw);
    }
}
