// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.common;

/**
 * Text from programs (titles, notifications) made safe to print on a terminal: every control
 * character (C0, DEL, C1) and every unpaired surrogate becomes a space, so no escape sequence can
 * hide in it. Stateless.
 */
public final class PrintableText {
    private PrintableText() {}

    /** {@code s} with control characters and unpaired surrogates replaced by spaces; {@code s} itself when it has none. */
    public static String of(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (unsafe(s, i)) {
                return replace(s);
            }
        }
        return s;
    }

    private static String replace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(unsafe(s, i) ? ' ' : s.charAt(i));
        }
        return sb.toString();
    }

    private static boolean unsafe(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
