// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

/**
 * The keys of single bytes: C0 control characters as Ctrl-keys (Ctrl-b is 0x02), Enter, Tab,
 * Backspace, Escape and printable ASCII. Stateless.
 */
final class Keys {
    private static final int ESC = 0x1b;

    private Keys() {}

    /** The key of byte {@code b} (0-127) with extra modifiers {@code mods}. */
    static InputEvent.Key plain(int b, int mods, byte[] raw) {
        switch (b) {
            case '\r': return Sequences.key(KeyCode.ENTER, 0, mods, raw);
            case '\t': return Sequences.key(KeyCode.TAB, 0, mods, raw);
            case 0x7f: return Sequences.key(KeyCode.BACKSPACE, 0, mods, raw);
            case 0x08: return Sequences.key(KeyCode.BACKSPACE, 0, mods | Modifiers.CTRL, raw);
            case ESC: return Sequences.key(KeyCode.ESCAPE, 0, mods, raw);
            case 0: return Sequences.key(KeyCode.CHAR, ' ', mods | Modifiers.CTRL, raw);
            default:
                if (b < 0x1b) {
                    return Sequences.key(KeyCode.CHAR, 'a' + b - 1, mods | Modifiers.CTRL, raw);
                }
                if (b < 0x20) {
                    return Sequences.key(KeyCode.CHAR, "\\]^_".charAt(b - 0x1c), mods | Modifiers.CTRL, raw);
                }
                return Sequences.key(KeyCode.CHAR, b, mods, raw);
        }
    }

    /**
     * The control byte a Ctrl-key produces in a legacy terminal ({@code 'b'} gives 0x02), or -1
     * when the character has no control form.
     */
    static int controlByte(int cp) {
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a' + 1;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return cp - 'A' + 1;
        }
        switch (cp) {
            case ' ': case '@': case '2': return 0;
            case '[': case '3': return ESC;
            case '\\': case '4': return 0x1c;
            case ']': case '5': return 0x1d;
            case '^': case '6': case '~': return 0x1e;
            case '_': case '7': case '/': return 0x1f;
            case '8': case '?': return 0x7f;
            default: return -1;
        }
    }
}
