// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import dev.grove.common.UserError;
import dev.grove.config.TriggerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Thresholds of the intervention triggers: silence time, how many error lines within which
 * window count as repeated errors, the error-line patterns (empty: the profile's), and which
 * triggers are on, from the user config's {@code triggers}. Immutable.
 */
public record TriggerSettings(Duration silence, int errorCount, Duration errorWindow, List<Pattern> errorPatterns,
        Set<Trigger> enabled) {

    public TriggerSettings {
        errorPatterns = List.copyOf(errorPatterns);
        enabled = Set.copyOf(enabled);
    }

    /** Silence 10 minutes, 5 error lines within 2 minutes, the profile's error patterns, all triggers on. */
    public static TriggerSettings defaults() {
        return from(TriggerConfig.defaults(), Path.of("defaults"));
    }

    /**
     * The settings {@code config} asks for.
     *
     * @throws UserError naming {@code file} when {@code off} names a trigger grove does not have
     */
    public static TriggerSettings from(TriggerConfig config, Path file) {
        Set<Trigger> enabled = EnumSet.allOf(Trigger.class);
        for (String name : config.off()) {
            Trigger off = Trigger.byId(name).orElseThrow(() -> new UserError(file + ": triggers.off names '" + name
                    + "', which is no trigger", "use silence, errors, waiting, scope or exit"));
            enabled.remove(off);
        }
        List<Pattern> patterns = config.errorPatterns().stream().map(Pattern::compile).toList();
        return new TriggerSettings(Duration.ofMinutes(config.silenceMinutes()), config.errorLines(),
                Duration.ofMinutes(config.errorMinutes()), patterns, enabled);
    }
}
