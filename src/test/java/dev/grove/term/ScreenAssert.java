// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Compares screens as text and, on a mismatch, fails with both screens side by side. */
public final class ScreenAssert {
    private ScreenAssert() {}

    /** Fails unless {@code actual} equals {@code expected}, line by line. */
    public static void assertScreen(String what, List<String> expected, List<String> actual) {
        if (!expected.equals(actual)) {
            fail(what + " differs (expected | actual, '>' marks a differing row):\n" + sideBySide(expected, actual));
        }
    }

    /** The two screens next to each other, each row framed so trailing spaces show. */
    public static String sideBySide(List<String> expected, List<String> actual) {
        int width = 8;
        for (String line : expected) {
            width = Math.max(width, line.codePointCount(0, line.length()));
        }
        StringBuilder sb = new StringBuilder();
        int rows = Math.max(expected.size(), actual.size());
        for (int i = 0; i < rows; i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            sb.append(e.equals(a) ? "  " : "> ").append(String.format("%3d |", i)).append(e);
            sb.append(" ".repeat(Math.max(0, width - e.codePointCount(0, e.length())))).append("| |").append(a).append("|\n");
        }
        return sb.toString();
    }
}
