// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import dev.grove.term.TermModes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes input events for a pane according to the modes its program set: application cursor
 * keys (SS3 instead of CSI), application keypad, newline mode, xterm modifyOtherKeys, the kitty
 * keyboard protocol, bracketed paste, mouse tracking and encoding, focus events.
 *
 * <p>Nothing meant for a pane is lost or altered: a key the client sent in plain (legacy) form
 * goes through byte for byte unless the pane's modes ask for another form, unknown sequences go
 * through unchanged, and pastes arrive byte-exact. Stateless.
 */
public final class KeyEncoder {
    private static final int ESC = 0x1b;
    /** Kitty flag: report all keys as escape codes. */
    private static final int KITTY_ALL_KEYS = 8;
    /** Kitty flag: report associated text. */
    private static final int KITTY_TEXT = 16;
    private static final byte[] PASTE_START = "\u001b[200~".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PASTE_END = "\u001b[201~".getBytes(StandardCharsets.US_ASCII);

    private KeyEncoder() {}

    /** The bytes to send to the pane for {@code key}. */
    public static byte[] encode(InputEvent.Key key, TermModes modes) {
        if (key.code() == KeyCode.UNKNOWN) {
            return key.raw().clone();
        }
        int kitty = modes.kittyKeyboardFlags();
        if (kitty != 0) {
            byte[] k = kitty(key, kitty, modes);
            if (k != null) {
                return k;
            }
        } else if (modes.modifyOtherKeys() > 0) {
            byte[] m = modifyOtherKeys(key, modes.modifyOtherKeys());
            if (m != null) {
                return m;
            }
        }
        return legacy(key, modes);
    }

    /**
     * The bytes of a paste: wrapped in {@code ESC [ 200 ~} / {@code ESC [ 201 ~} when the pane
     * enabled bracketed paste (with any end marker inside the text removed, so a paste cannot
     * break out of the brackets), otherwise the text unchanged.
     */
    public static byte[] encodePaste(byte[] text, TermModes modes) {
        if (!modes.bracketedPaste()) {
            return text.clone();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 12);
        out.writeBytes(PASTE_START);
        int from = 0;
        for (int i = 0; i <= text.length - PASTE_END.length; i++) {
            if (text[i] == ESC && Arrays.equals(text, i, i + PASTE_END.length, PASTE_END, 0, PASTE_END.length)) {
                out.write(text, from, i - from);
                from = i + PASTE_END.length;
                i = from - 1;
            }
        }
        out.write(text, from, text.length - from);
        out.writeBytes(PASTE_END);
        return out.toByteArray();
    }

    /**
     * The bytes of a mouse event for a pane whose content starts at ({@code paneRow},
     * {@code paneCol}) on the client's screen, in the pane's tracking mode and encoding; null
     * when the pane does not want this event. A pane without mouse tracking on the alternate
     * screen with alternate scroll (1007) gets wheel events as three cursor keys.
     */
    public static byte[] encodeMouse(InputEvent.Mouse m, int paneRow, int paneCol, TermModes modes) {
        return MouseEncoder.encode(m, Math.max(0, m.row() - paneRow), Math.max(0, m.col() - paneCol), modes);
    }

    /** {@code CSI I} / {@code CSI O} when the pane enabled focus events (1004), else null. */
    public static byte[] encodeFocus(boolean gained, TermModes modes) {
        return modes.focusEvents() ? new byte[] {ESC, '[', (byte) (gained ? 'I' : 'O')} : null;
    }

    /** The legacy (xterm default) form; the client's raw bytes when they already are that form. */
    private static byte[] legacy(InputEvent.Key key, TermModes modes) {
        boolean cursorKey = isCursorKey(key.code()) && key.modifiers() == 0;
        int keypad = kittyCode(key.raw());
        if (keypad >= Sequences.KITTY_KP_0 && modes.applicationKeypad() && key.modifiers() == 0) {
            byte[] ss3 = applicationKeypad(keypad);
            if (ss3 != null) {
                return ss3;
            }
        }
        if (!cursorKey && key.raw().length > 0 && isLegacyForm(key.raw())
                && !(key.code() == KeyCode.ENTER && modes.newlineMode())) {
            return key.raw().clone();
        }
        Out out = new Out();
        if ((key.modifiers() & Modifiers.ALT) != 0 && !isSpecial(key.code())) {
            out.b(ESC);
        }
        switch (key.code()) {
            case CHAR:
                legacyChar(key, out);
                break;
            case ENTER:
                out.b('\r');
                if (modes.newlineMode()) {
                    out.b('\n');
                }
                break;
            case TAB:
                if ((key.modifiers() & Modifiers.SHIFT) != 0) {
                    out.s("\u001b[Z");
                } else {
                    out.b('\t');
                }
                break;
            case BACKSPACE:
                out.b((key.modifiers() & Modifiers.CTRL) != 0 ? 0x08 : 0x7f);
                break;
            case ESCAPE:
                out.b(ESC);
                break;
            default:
                special(key.code(), key.modifiers(), modes.applicationCursorKeys(), out);
        }
        return out.bytes();
    }

    private static void legacyChar(InputEvent.Key key, Out out) {
        int cp = shifted(key.codePoint(), key.modifiers());
        if ((key.modifiers() & Modifiers.CTRL) != 0 && Keys.controlByte(cp) >= 0) {
            out.b(Keys.controlByte(cp));
        } else {
            out.cp(cp);
        }
    }

    /** Cursor, editing and function keys in xterm form: {@code CSI A}/{@code SS3 A}, {@code CSI 1 ; m A}, {@code CSI n ; m ~}. */
    private static void special(KeyCode code, int mods, boolean ss3Cursor, Out out) {
        int tilde = tildeNumber(code);
        int param = Modifiers.toParameter(mods);
        if (tilde > 0) {
            out.s("\u001b[").n(tilde);
            if (mods != 0) {
                out.b(';').n(param);
            }
            out.b('~');
            return;
        }
        char letter = finalLetter(code);
        if (mods != 0) {
            out.s("\u001b[1;").n(param).b(letter);
        } else if (isCursorKey(code) ? ss3Cursor : code.ordinal() >= KeyCode.F1.ordinal()) {
            out.b(ESC).b('O').b(letter);
        } else {
            out.b(ESC).b('[').b(letter);
        }
    }

    /** xterm modifyOtherKeys: {@code CSI 27 ; m ; code ~} for modified keys a legacy encoding would lose; null otherwise. */
    private static byte[] modifyOtherKeys(InputEvent.Key key, int level) {
        int mods = key.modifiers();
        if ((mods & (Modifiers.CTRL | Modifiers.SHIFT | (level >= 2 ? Modifiers.ALT : 0))) == 0) {
            return null;
        }
        int code = textCode(key);
        if (code < 0 || (key.code() == KeyCode.TAB && mods == Modifiers.SHIFT)) {
            return null;
        }
        boolean needed;
        if (key.code() != KeyCode.CHAR) {
            needed = true;
        } else if (level >= 2) {
            needed = (mods & (Modifiers.CTRL | Modifiers.ALT)) != 0;
        } else {
            needed = (mods & Modifiers.CTRL) != 0
                    && (Keys.controlByte(key.codePoint()) < 0 || (mods & Modifiers.SHIFT) != 0);
        }
        if (!needed) {
            return null;
        }
        int cp = key.code() == KeyCode.CHAR ? shifted(code, mods) : code;
        return new Out().s("\u001b[27;").n(Modifiers.toParameter(mods)).b(';').n(cp).b('~').bytes();
    }

    /** The kitty keyboard protocol form; null when the legacy form is what the protocol sends. */
    private static byte[] kitty(InputEvent.Key key, int flags, TermModes modes) {
        int mods = key.modifiers();
        boolean all = (flags & KITTY_ALL_KEYS) != 0;
        int keypad = kittyCode(key.raw());
        int code = keypad >= Sequences.KITTY_KP_0 ? keypad : textCode(key);
        if (code >= 0) {
            int base = code;
            if (key.code() == KeyCode.CHAR && Character.isUpperCase(code) && keypad < 0) {
                base = Character.toLowerCase(code);
                mods |= Modifiers.SHIFT;
            }
            boolean text = key.code() == KeyCode.CHAR && (key.modifiers() & ~Modifiers.SHIFT) == 0;
            boolean needed = all || keypad >= 0 || key.code() == KeyCode.ESCAPE
                    || (key.code() == KeyCode.CHAR ? !text : mods != 0);
            if (!needed) {
                return null;
            }
            Out out = new Out().s("\u001b[").n(base);
            boolean withText = all && text && (flags & KITTY_TEXT) != 0;
            if (mods != 0 || withText) {
                out.b(';').n(Modifiers.toParameter(mods));
            }
            if (withText) {
                out.b(';').n(shifted(key.codePoint(), key.modifiers()));
            }
            return out.b('u').bytes();
        }
        if (mods == 0 && !all) {
            return null;
        }
        Out out = new Out();
        if (key.code() == KeyCode.F3) {
            out.s("\u001b[13");
            if (mods != 0) {
                out.b(';').n(Modifiers.toParameter(mods));
            }
            return out.b('~').bytes();
        }
        if (mods == 0 && tildeNumber(key.code()) < 0) {
            return out.b(ESC).b('[').b(finalLetter(key.code())).bytes();
        }
        special(key.code(), mods, false, out);
        return out.bytes();
    }

    /** The character code of a text-like key (Enter 13, Tab 9, Backspace 127, Escape 27, a character), or -1. */
    private static int textCode(InputEvent.Key key) {
        switch (key.code()) {
            case CHAR: return key.codePoint();
            case ENTER: return 13;
            case TAB: return 9;
            case BACKSPACE: return 127;
            case ESCAPE: return 27;
            default: return -1;
        }
    }

    private static int shifted(int cp, int mods) {
        return (mods & Modifiers.SHIFT) != 0 && cp >= 'a' && cp <= 'z' ? Character.toUpperCase(cp) : cp;
    }

    private static boolean isCursorKey(KeyCode code) {
        return code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT || code == KeyCode.RIGHT
                || code == KeyCode.HOME || code == KeyCode.END;
    }

    private static boolean isSpecial(KeyCode code) {
        return code.ordinal() >= KeyCode.UP.ordinal();
    }

    private static int tildeNumber(KeyCode code) {
        switch (code) {
            case INSERT: return 2;
            case DELETE: return 3;
            case PAGE_UP: return 5;
            case PAGE_DOWN: return 6;
            case F5: return 15;
            case F6: return 17;
            case F7: return 18;
            case F8: return 19;
            case F9: return 20;
            case F10: return 21;
            case F11: return 23;
            case F12: return 24;
            default: return -1;
        }
    }

    private static char finalLetter(KeyCode code) {
        switch (code) {
            case UP: return 'A';
            case DOWN: return 'B';
            case RIGHT: return 'C';
            case LEFT: return 'D';
            case HOME: return 'H';
            case END: return 'F';
            case F1: return 'P';
            case F2: return 'Q';
            case F3: return 'R';
            default: return 'S';
        }
    }

    /** True when {@code raw} is not an extended form (kitty {@code CSI ... u}, modifyOtherKeys {@code CSI 27 ; ...}). */
    private static boolean isLegacyForm(byte[] raw) {
        int n = raw.length;
        boolean csi = n >= 3 && raw[0] == ESC && raw[1] == '[';
        return !(csi && (raw[n - 1] == 'u' || (raw[2] == '2' && n > 4 && raw[3] == '7' && raw[4] == ';')));
    }

    /** The key code of a kitty {@code CSI code ... u} sequence when it is a keypad key, else -1. */
    private static int kittyCode(byte[] raw) {
        int n = raw.length;
        if (n < 4 || raw[0] != ESC || raw[1] != '[' || raw[n - 1] != 'u') {
            return -1;
        }
        int code = 0;
        for (int i = 2; i < n && raw[i] >= '0' && raw[i] <= '9' && code < Sequences.KITTY_KP_BEGIN; i++) {
            code = code * 10 + raw[i] - '0';
        }
        return code >= Sequences.KITTY_KP_0 && code <= Sequences.KITTY_KP_BEGIN ? code : -1;
    }

    /** DECKPAM keypad: {@code SS3 p..y} for digits and the operators; null for the keypad's cursor keys. */
    private static byte[] applicationKeypad(int kittyCode) {
        String finals = "pqrstuvwxynojmkMXl";
        int i = kittyCode - Sequences.KITTY_KP_0;
        return i < finals.length() ? new byte[] {ESC, 'O', (byte) finals.charAt(i)} : null;
    }

    /** A small byte builder for escape sequences. */
    static final class Out {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(16);

        Out b(int b) {
            buf.write(b);
            return this;
        }

        Out s(String ascii) {
            for (int i = 0; i < ascii.length(); i++) {
                buf.write(ascii.charAt(i));
            }
            return this;
        }

        Out n(int number) {
            return s(Integer.toString(number));
        }

        Out cp(int codePoint) {
            byte[] tmp = new byte[4];
            buf.write(tmp, 0, Utf8.encode(codePoint, tmp, 0));
            return this;
        }

        byte[] bytes() {
            return buf.toByteArray();
        }
    }
}
