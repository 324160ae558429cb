// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import dev.grove.common.UserError;
import dev.grove.config.UserConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * grove's key bindings: the prefix key (default {@code C-b}), the table of keys pressed after
 * the prefix, keys that act without the prefix ({@code M-1..9}, {@code M-arrows}), and the keys
 * of history mode and of text views. Keys map to action names ("zoom", "focus 3", ...; see
 * {@link #ACTIONS}); the server carries the actions out. Pressing the prefix twice gives
 * {@code "send-prefix"}: send the prefix key itself to the pane. Immutable.
 */
public final class Bindings {
    /** Every action a binding may name, with what it does; {@code "focus N"} focuses pane N. */
    public static final Map<String, String> ACTIONS = actions();

    private final KeySpec prefix;
    private final Map<KeySpec, String> afterPrefix;
    private final Map<KeySpec, String> direct;

    private Bindings(KeySpec prefix, Map<KeySpec, String> afterPrefix, Map<KeySpec, String> direct) {
        this.prefix = prefix;
        this.afterPrefix = Collections.unmodifiableMap(afterPrefix);
        this.direct = Collections.unmodifiableMap(direct);
    }

    /** The default bindings with prefix {@code C-b}. */
    public static Bindings defaults() {
        return new Bindings(KeySpec.ofChar('b', Modifiers.CTRL), DefaultBindings.afterPrefix(), DefaultBindings.direct());
    }

    /**
     * The bindings of a user config: its prefix, and its {@code bindings} (after the prefix) and
     * {@code directBindings} (without it) added to or replacing the defaults; an empty action
     * unbinds a key.
     *
     * @param origin names the config in errors, e.g. its file
     * @throws UserError naming the origin, key and value when a key name or action is invalid
     */
    public static Bindings from(UserConfig config, String origin) {
        KeySpec prefix = parseKey(config.prefix(), origin, "prefix");
        Map<KeySpec, String> after = DefaultBindings.afterPrefix();
        Map<KeySpec, String> direct = DefaultBindings.direct();
        override(after, config.bindings(), origin, "bindings");
        override(direct, config.directBindings(), origin, "directBindings");
        return new Bindings(prefix, after, direct);
    }

    private static void override(Map<KeySpec, String> table, Map<String, String> changes, String origin, String field) {
        for (Map.Entry<String, String> e : changes.entrySet()) {
            KeySpec key = parseKey(e.getKey(), origin, field);
            String action = e.getValue() == null ? "" : e.getValue().trim();
            if (action.isEmpty()) {
                table.remove(key);
            } else if (isAction(action)) {
                table.put(key, action);
            } else {
                throw new UserError(origin + ": " + field + " '" + e.getKey() + "': unknown action '" + action + "'",
                        "actions: " + String.join(", ", ACTIONS.keySet()) + " (\"\" unbinds the key)");
            }
        }
    }

    private static KeySpec parseKey(String text, String origin, String field) {
        try {
            return KeySpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(origin + ": " + field + ": " + e.getMessage(), "for example \"C-a\", \"M-x\", \"Space\"");
        }
    }

    /** True for a known action name, including {@code "focus N"} for N from 1 to 99. */
    public static boolean isAction(String action) {
        return ACTIONS.containsKey(action) || action.matches("focus [1-9][0-9]?");
    }

    /** The prefix key. */
    public KeySpec prefix() {
        return prefix;
    }

    /** The prefix as a key with the bytes a terminal sends for it, for "send-prefix". */
    public InputEvent.Key prefixKey() {
        return prefix.toKey();
    }

    public boolean isPrefix(InputEvent.Key key) {
        return prefix.matches(key);
    }

    /** Action bound to a key pressed after the prefix ({@code "send-prefix"} for the prefix itself), or null. */
    public String afterPrefix(InputEvent.Key key) {
        String action = afterPrefix.get(KeySpec.of(key));
        if (action == null && isPrefix(key)) {
            return "send-prefix";
        }
        return action;
    }

    /** Action bound without prefix ({@code M-1..9} gives {@code "focus N"}, {@code M-Left} {@code "focus-left"} ...), or null. */
    public String direct(InputEvent.Key key) {
        return direct.get(KeySpec.of(key));
    }

    /** Action of a key in history mode ({@code "history-up"}, {@code "history-copy"}, ...), or null. */
    public String inHistory(InputEvent.Key key) {
        return DefaultBindings.HISTORY.get(KeySpec.of(key));
    }

    /** Action of a key in a text view ({@code "view-down"}, {@code "view-close"}, ...), or null. */
    public String inView(InputEvent.Key key) {
        return DefaultBindings.VIEW.get(KeySpec.of(key));
    }

    /**
     * Lines for the help overlay: {keys, description}. A line with empty keys is a section
     * heading. Lists every binding: after the prefix, without it, in history mode, in views.
     */
    public List<String[]> help() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"", "After the prefix " + prefix});
        HelpLines.add(lines, prefix + " ", afterPrefix);
        lines.add(new String[] {prefix + " " + prefix, "send " + prefix + " to the pane"});
        lines.add(new String[] {"", "Without the prefix"});
        HelpLines.add(lines, "", direct);
        lines.add(new String[] {"", "History mode"});
        HelpLines.add(lines, "", DefaultBindings.HISTORY);
        lines.add(new String[] {"", "Views (review, reasons)"});
        HelpLines.add(lines, "", DefaultBindings.VIEW);
        return lines;
    }

    private static Map<String, String> actions() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("focus-next", "focus the next pane");
        a.put("focus-prev", "focus the previous pane");
        a.put("focus-last", "focus the pane focused before");
        a.put("focus-left", "focus the pane to the left");
        a.put("focus-right", "focus the pane to the right");
        a.put("focus-up", "focus the pane above");
        a.put("focus-down", "focus the pane below");
        a.put("zoom", "zoom the pane in or out");
        a.put("layout-next", "next layout: tiled, main + stack, zoom");
        a.put("new-pane", "new pane (asks for name and command)");
        a.put("close-pane", "close the pane (asks first)");
        a.put("restart", "restart the pane's exited program");
        a.put("detach", "detach this client (agents keep running)");
        a.put("history", "history mode: scroll, search, select, copy");
        a.put("help", "show this help");
        a.put("command", "command prompt (grove's commands)");
        a.put("review", "review the agent's changes");
        a.put("merge", "merge the agent's branch (review, then confirm)");
        a.put("next-review", "focus the next agent waiting for review and show its review");
        a.put("scoreboard", "best-of scoreboard of the run: choose, m keeps one");
        a.put("mark-state-wrong", "the detected state is wrong: save a fixture");
        a.put("show-reason", "show why the agent is in its state");
        a.put("set-status", "set the agent's status and note");
        a.put("toggle-table", "collapse or expand the status table");
        a.put("redraw", "redraw this client's screen");
        a.put("send-prefix", "send the prefix key to the pane");
        return Collections.unmodifiableMap(a);
    }
}
