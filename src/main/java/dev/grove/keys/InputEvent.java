// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import java.util.Arrays;
import java.util.Objects;

/** One thing the client's terminal sent: a key, a bracketed paste, a mouse event or a focus change. */
public sealed interface InputEvent permits InputEvent.Key, InputEvent.Paste, InputEvent.Mouse, InputEvent.Focus {

    /**
     * One key with its raw bytes as the client sent them (forwarded unchanged when the pane's
     * modes allow). {@code codePoint} is the character for {@link KeyCode#CHAR} (lower case for
     * Ctrl-letters, e.g. Ctrl-b is {@code 'b'} with {@link Modifiers#CTRL}), otherwise 0.
     */
    record Key(KeyCode code, int codePoint, int modifiers, byte[] raw) implements InputEvent {
        /** True for this code point with exactly these modifiers. */
        public boolean is(int codePoint, int modifiers) {
            return code == KeyCode.CHAR && this.codePoint == codePoint && this.modifiers == modifiers;
        }

        /** True for this key code with exactly these modifiers. */
        public boolean is(KeyCode code, int modifiers) {
            return this.code == code && this.modifiers == modifiers;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).code == code && ((Key) o).codePoint == codePoint
                    && ((Key) o).modifiers == modifiers && Arrays.equals(((Key) o).raw, raw);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, codePoint, modifiers) * 31 + Arrays.hashCode(raw);
        }

        @Override
        public String toString() {
            return "Key[" + KeySpec.of(this) + " raw=" + escaped(raw) + "]";
        }
    }

    /** The text of a bracketed paste, without the brackets, byte-exact. */
    record Paste(byte[] text) implements InputEvent {
        @Override
        public boolean equals(Object o) {
            return o instanceof Paste && Arrays.equals(((Paste) o).text, text);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(text);
        }

        @Override
        public String toString() {
            return "Paste[" + text.length + " bytes]";
        }
    }

    /**
     * Mouse in client screen coordinates (0-based). {@code button} is 0 left, 1 middle, 2 right,
     * 3 none (moves and releases without a known button), 4+ extra buttons; wheel events carry
     * the action, not a button.
     */
    record Mouse(MouseAction action, int button, int row, int col, int modifiers) implements InputEvent {}

    /** The client's terminal gained or lost focus. */
    record Focus(boolean gained) implements InputEvent {}

    /** Bytes with ESC and other control bytes spelled out, for logs and test messages. */
    private static String escaped(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            int u = b & 0xff;
            if (u == 0x1b) {
                sb.append("ESC");
            } else if (u < 0x20 || u == 0x7f) {
                sb.append(String.format("\\x%02x", u));
            } else {
                sb.append((char) u);
            }
        }
        return sb.toString();
    }
}
