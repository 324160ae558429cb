// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code triggers} object of the user config: when an agent needs a person. Every key is
 * optional; missing ones keep grove's defaults. Immutable.
 *
 * @param silenceMinutes minutes without output, while In progress, before the silence trigger
 * @param errorLines how many error lines count as repeated errors
 * @param errorMinutes within how many minutes those error lines must appear
 * @param errorPatterns regular expressions of error lines (empty: each profile's own)
 * @param off trigger names that never fire ({@code silence}, {@code errors}, {@code waiting},
 *     {@code scope}, {@code exit}; checked where the triggers are known)
 */
public record TriggerConfig(Integer silenceMinutes, Integer errorLines, Integer errorMinutes,
                            List<String> errorPatterns, List<String> off) {
    public static final int DEFAULT_SILENCE_MINUTES = 10;
    public static final int DEFAULT_ERROR_LINES = 5;
    public static final int DEFAULT_ERROR_MINUTES = 2;

    public TriggerConfig {
        silenceMinutes = silenceMinutes == null ? DEFAULT_SILENCE_MINUTES : silenceMinutes;
        errorLines = errorLines == null ? DEFAULT_ERROR_LINES : errorLines;
        errorMinutes = errorMinutes == null ? DEFAULT_ERROR_MINUTES : errorMinutes;
        errorPatterns = errorPatterns == null ? List.of() : List.copyOf(errorPatterns);
        off = off == null ? List.of() : List.copyOf(off);
        atLeastOne("triggers.silenceMinutes", silenceMinutes);
        atLeastOne("triggers.errorLines", errorLines);
        atLeastOne("triggers.errorMinutes", errorMinutes);
        for (String p : errorPatterns) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("triggers.errorPatterns: '" + p + "' is not a regular expression: "
                        + e.getDescription());
            }
        }
    }

    /** Every trigger at its default. */
    public static TriggerConfig defaults() {
        return new TriggerConfig(null, null, null, null, null);
    }

    private static void atLeastOne(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, not " + value);
        }
    }
}
