// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's own settings, from {@code $XDG_CONFIG_HOME/grove/config.json} (default
 * {@code ~/.config/grove/config.json}). Every key is optional; a missing file means all
 * defaults. Unknown keys and bad values are errors naming the file and the key; {@code agents}
 * (agent profiles) is read by {@link AgentProfiles}. Immutable.
 *
 * @param prefix the prefix key, e.g. {@code "C-b"} (checked by the key bindings)
 * @param theme a theme name or a path to a theme file
 * @param mouse true to let the mouse focus panes and scroll history
 * @param historyLimit scrollback lines kept per pane
 * @param escapeTimeMs how long a lone ESC waits for the rest of a sequence, in milliseconds
 * @param statusTableCollapsed true to start with the coordination table collapsed to one line
 * @param extraColumns extra coordination table columns shown when the terminal is wide
 * @param bindings extra or changed bindings after the prefix: key to action ("" unbinds)
 * @param directBindings extra or changed bindings without the prefix: key to action ("" unbinds)
 * @param trueColor "auto" (from the client's COLORTERM), "on" or "off"
 * @param clipboard true to pass a pane's clipboard writes (OSC 52) on to the client's terminal
 * @param bell true to pass a pane's bell on to the client's terminal
 * @param notifications true to pass a pane's desktop notifications (OSC 9, OSC 777) on to the
 *     client's terminal
 * @param clientTimeoutMs how long a client may take nothing of its output before it is dropped
 * @param hook a shell command run whenever an agent needs you (details in its GROVE_* environment),
 *     or null
 * @param triggers when an agent needs you: silence time, repeated errors, triggers turned off
 */
public record UserConfig(String prefix, String theme, Boolean mouse, Integer historyLimit,
                         Integer escapeTimeMs, Boolean statusTableCollapsed,
                         List<String> extraColumns, Map<String, String> bindings,
                         Map<String, String> directBindings, String trueColor,
                         Boolean clipboard, Boolean bell, Boolean notifications, Integer clientTimeoutMs,
                         String hook, TriggerConfig triggers) {
    public static final String DEFAULT_PREFIX = "C-b";
    public static final String DEFAULT_THEME = "default";
    public static final int DEFAULT_HISTORY_LIMIT = 10_000;
    public static final int MAX_HISTORY_LIMIT = 1_000_000;
    public static final int DEFAULT_ESCAPE_TIME_MS = 50;
    public static final int MAX_ESCAPE_TIME_MS = 2_000;
    public static final int DEFAULT_CLIENT_TIMEOUT_MS = 30_000;
    public static final int MIN_CLIENT_TIMEOUT_MS = 100;

    public UserConfig {
        prefix = blankToNull(prefix) == null ? DEFAULT_PREFIX : prefix.trim();
        theme = blankToNull(theme) == null ? DEFAULT_THEME : theme.trim();
        mouse = mouse == null || mouse;
        historyLimit = historyLimit == null ? DEFAULT_HISTORY_LIMIT : historyLimit;
        escapeTimeMs = escapeTimeMs == null ? DEFAULT_ESCAPE_TIME_MS : escapeTimeMs;
        statusTableCollapsed = statusTableCollapsed != null && statusTableCollapsed;
        extraColumns = extraColumns == null ? List.of() : List.copyOf(extraColumns);
        bindings = copy(bindings);
        directBindings = copy(directBindings);
        trueColor = blankToNull(trueColor) == null ? "auto" : trueColor.trim();
        clipboard = clipboard != null && clipboard;
        bell = bell == null || bell;
        notifications = notifications != null && notifications;
        clientTimeoutMs = clientTimeoutMs == null ? DEFAULT_CLIENT_TIMEOUT_MS : clientTimeoutMs;
        hook = blankToNull(hook);
        triggers = triggers == null ? TriggerConfig.defaults() : triggers;
        check(historyLimit >= 0 && historyLimit <= MAX_HISTORY_LIMIT,
                "historyLimit must be between 0 and " + MAX_HISTORY_LIMIT + ", not " + historyLimit);
        check(escapeTimeMs >= 0 && escapeTimeMs <= MAX_ESCAPE_TIME_MS,
                "escapeTimeMs must be between 0 and " + MAX_ESCAPE_TIME_MS + ", not " + escapeTimeMs);
        check(List.of("auto", "on", "off").contains(trueColor),
                "trueColor must be \"auto\", \"on\" or \"off\", not \"" + trueColor + "\"");
        check(clientTimeoutMs >= MIN_CLIENT_TIMEOUT_MS,
                "clientTimeoutMs must be at least " + MIN_CLIENT_TIMEOUT_MS + ", not " + clientTimeoutMs);
        for (String c : extraColumns) {
            check(blankToNull(c) != null, "extraColumns must not contain empty names");
        }
    }

    /** Every setting at its default. */
    public static UserConfig defaults() {
        return new UserConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** grove's directory in the user's config dir: {@code $XDG_CONFIG_HOME/grove} or {@code ~/.config/grove}. */
    public static Path configDir(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "grove");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".config", "grove");
    }

    /** The user config file for this process's environment. */
    public static Path defaultFile() {
        return configDir(System.getenv()).resolve("config.json");
    }

    /** Reads the user config of this process's environment; defaults when the file does not exist. */
    public static UserConfig load() {
        return load(defaultFile());
    }

    /**
     * Reads {@code file}; defaults when it does not exist.
     *
     * @throws dev.grove.common.UserError naming the file and key when it is invalid
     */
    public static UserConfig load(Path file) {
        if (!Files.exists(file)) {
            return defaults();
        }
        // "agents" holds the user's agent profiles, read by AgentProfiles.
        return RecordReader.read(Json.readBytes(file), file.toString(), UserConfig.class, Set.of("agents"));
    }

    /** An unmodifiable copy keeping the file's order (later entries override earlier defaults in that order). */
    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
