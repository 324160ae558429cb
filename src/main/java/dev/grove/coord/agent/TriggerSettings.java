// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Thresholds of the intervention triggers: silence time, how many error lines within which
 * window count as repeated errors, the error-line patterns (empty: the profile's), and which
 * triggers are on. Immutable; change with the {@code with...} methods.
 */
public record TriggerSettings(Duration silence, int errorCount, Duration errorWindow, List<Pattern> errorPatterns,
        Set<Trigger> enabled) {

    public TriggerSettings {
        errorPatterns = List.copyOf(errorPatterns);
        enabled = Set.copyOf(enabled);
    }

    /** Silence 10 minutes, 5 error lines within 2 minutes, the profile's error patterns, all triggers on. */
    public static TriggerSettings defaults() {
        return new TriggerSettings(Duration.ofMinutes(10), 5, Duration.ofMinutes(2), List.of(),
                EnumSet.allOf(Trigger.class));
    }

    public TriggerSettings withSilence(Duration value) {
        return new TriggerSettings(value, errorCount, errorWindow, errorPatterns, enabled);
    }

    public TriggerSettings withErrors(int count, Duration window) {
        return new TriggerSettings(silence, count, window, errorPatterns, enabled);
    }

    public TriggerSettings withErrorPatterns(List<Pattern> patterns) {
        return new TriggerSettings(silence, errorCount, errorWindow, patterns, enabled);
    }

    public TriggerSettings withEnabled(Set<Trigger> triggers) {
        return new TriggerSettings(silence, errorCount, errorWindow, errorPatterns, triggers);
    }
}
