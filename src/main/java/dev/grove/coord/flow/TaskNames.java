// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out the task names of one task file: explicit names are checked and must be unique;
 * a task without one is named after the first words of its text. Not thread-safe.
 */
final class TaskNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int WORDS = 4;
    private final String origin;
    private final Set<String> taken = new HashSet<>();

    TaskNames(String origin) {
        this.origin = origin;
    }

    /** The name for a task: {@code explicit} when given, else one derived from {@code text}. */
    String take(String explicit, String text, String where) {
        if (explicit != null) {
            if (!NAME.matcher(explicit).matches()) {
                throw new UserError(where + ": invalid task name '" + explicit + "'",
                        "use letters, digits, '.', '_' and '-' (up to 64, starting with a letter or digit)");
            }
            if (!taken.add(explicit)) {
                throw new UserError(where + ": task name '" + explicit + "' is used twice in " + origin);
            }
            return explicit;
        }
        String base = slug(text);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static String slug(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(WORDS, words.length); i++) {
            if (!words[i].isEmpty()) {
                b.append(b.length() == 0 ? "" : "-").append(words[i]);
            }
        }
        return b.length() == 0 ? "task" : b.toString();
    }
}
