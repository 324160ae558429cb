// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import java.util.Locale;
import java.util.Map;

/**
 * A key as bindings name it, in tmux's notation: {@code C-b} (Ctrl), {@code M-1} (Alt),
 * {@code S-Up} (Shift), {@code Enter}, {@code Space}, {@code PageUp}, {@code F5}, {@code ?}.
 * Normalised so that one key has one spec: a shifted letter is the upper-case letter without
 * Shift, and Ctrl-letters are lower case (Ctrl-B is C-b). Immutable.
 */
public record KeySpec(KeyCode code, int codePoint, int modifiers) {
    private static final Map<String, KeyCode> NAMES = Map.ofEntries(
            Map.entry("enter", KeyCode.ENTER), Map.entry("tab", KeyCode.TAB),
            Map.entry("bspace", KeyCode.BACKSPACE), Map.entry("backspace", KeyCode.BACKSPACE),
            Map.entry("escape", KeyCode.ESCAPE), Map.entry("esc", KeyCode.ESCAPE),
            Map.entry("up", KeyCode.UP), Map.entry("down", KeyCode.DOWN),
            Map.entry("left", KeyCode.LEFT), Map.entry("right", KeyCode.RIGHT),
            Map.entry("home", KeyCode.HOME), Map.entry("end", KeyCode.END),
            Map.entry("ic", KeyCode.INSERT), Map.entry("insert", KeyCode.INSERT),
            Map.entry("dc", KeyCode.DELETE), Map.entry("delete", KeyCode.DELETE),
            Map.entry("ppage", KeyCode.PAGE_UP), Map.entry("pageup", KeyCode.PAGE_UP),
            Map.entry("pgup", KeyCode.PAGE_UP), Map.entry("npage", KeyCode.PAGE_DOWN),
            Map.entry("pagedown", KeyCode.PAGE_DOWN), Map.entry("pgdn", KeyCode.PAGE_DOWN));

    public KeySpec {
        if (code == KeyCode.CHAR) {
            if ((modifiers & Modifiers.SHIFT) != 0 && Character.isLetter(codePoint)) {
                codePoint = Character.toUpperCase(codePoint);
            }
            if ((modifiers & Modifiers.CTRL) != 0 && codePoint < 0x80 && Character.isLetter(codePoint)) {
                codePoint = Character.toLowerCase(codePoint);
            }
            modifiers &= ~Modifiers.SHIFT;
        } else {
            codePoint = 0;
        }
    }

    /** The spec of a decoded key. */
    public static KeySpec of(InputEvent.Key key) {
        return new KeySpec(key.code(), key.codePoint(), key.modifiers());
    }

    /** A character key with modifiers. */
    public static KeySpec ofChar(int codePoint, int modifiers) {
        return new KeySpec(KeyCode.CHAR, codePoint, modifiers);
    }

    /**
     * Parses tmux-style notation: modifier prefixes {@code C-}, {@code M-}, {@code S-} (also
     * {@code Ctrl-}, {@code Alt-}, {@code Shift-}, {@code ^x}), then one character or a key name.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static KeySpec parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty key name");
        }
        String rest = text;
        int mods = 0;
        if (rest.length() == 2 && rest.charAt(0) == '^') {
            return ofChar(rest.charAt(1), Modifiers.CTRL);
        }
        while (true) {
            int m = modifierPrefix(rest);
            if (m == 0 || rest.indexOf('-') == rest.length() - 1) {
                break;
            }
            mods |= m;
            rest = rest.substring(rest.indexOf('-') + 1);
        }
        if (rest.codePointCount(0, rest.length()) == 1) {
            return ofChar(rest.codePointAt(0), mods);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.equals("space")) {
            return ofChar(' ', mods);
        }
        if (lower.matches("f([1-9]|1[0-2])")) {
            return new KeySpec(KeyCode.values()[KeyCode.F1.ordinal() + Integer.parseInt(lower.substring(1)) - 1], 0, mods);
        }
        KeyCode code = NAMES.get(lower);
        if (code == null) {
            throw new IllegalArgumentException("unknown key '" + text + "': use a character, a name such as "
                    + "Enter, Space, Tab, Escape, Up, PageUp, F1, with prefixes C- (Ctrl), M- (Alt), S- (Shift)");
        }
        return new KeySpec(code, 0, mods);
    }

    private static int modifierPrefix(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("c-") || lower.startsWith("ctrl-")) {
            return Modifiers.CTRL;
        }
        if (lower.startsWith("m-") || lower.startsWith("alt-")) {
            return Modifiers.ALT;
        }
        if (lower.startsWith("s-") || lower.startsWith("shift-")) {
            return Modifiers.SHIFT;
        }
        return 0;
    }

    /** True when {@code key} is this key. */
    public boolean matches(InputEvent.Key key) {
        return equals(of(key));
    }

    /** This key as a decoded key carrying the bytes a terminal in its default modes sends for it. */
    public InputEvent.Key toKey() {
        InputEvent.Key bare = new InputEvent.Key(code, codePoint, modifiers, new byte[0]);
        return new InputEvent.Key(code, codePoint, modifiers, KeyEncoder.encode(bare, LegacyModes.INSTANCE));
    }

    /** tmux notation, e.g. {@code C-b}, {@code M-Left}, {@code Space}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if ((modifiers & Modifiers.CTRL) != 0) {
            sb.append("C-");
        }
        if ((modifiers & Modifiers.ALT) != 0) {
            sb.append("M-");
        }
        if ((modifiers & Modifiers.SHIFT) != 0) {
            sb.append("S-");
        }
        if (code == KeyCode.CHAR) {
            return codePoint == ' ' ? sb.append("Space").toString() : sb.appendCodePoint(codePoint).toString();
        }
        return sb.append(name(code)).toString();
    }

    private static String name(KeyCode code) {
        switch (code) {
            case PAGE_UP: return "PageUp";
            case PAGE_DOWN: return "PageDown";
            case BACKSPACE: return "Backspace";
            default:
                String n = code.name();
                return n.matches("F[0-9]+") ? n : n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
        }
    }
}
