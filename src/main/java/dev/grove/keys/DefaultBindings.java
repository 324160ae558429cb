// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** grove's default key tables: after the prefix, without it, in history mode, in text views. */
final class DefaultBindings {
    /** Keys in history mode, with what their actions do. */
    static final Map<KeySpec, String> HISTORY;
    /** Keys in text views (review, reasons, scoreboard). */
    static final Map<KeySpec, String> VIEW;
    /** Descriptions of the history-mode and view actions. */
    static final Map<String, String> MODE_ACTIONS;

    static {
        Map<KeySpec, String> h = new LinkedHashMap<>();
        bind(h, "history-up", "Up", "k");
        bind(h, "history-down", "Down", "j");
        bind(h, "history-left", "Left", "h");
        bind(h, "history-right", "Right", "l");
        bind(h, "history-page-up", "PageUp", "C-u");
        bind(h, "history-page-down", "PageDown", "C-d");
        bind(h, "history-top", "g", "Home");
        bind(h, "history-bottom", "G", "End");
        bind(h, "history-line-start", "0");
        bind(h, "history-line-end", "$");
        bind(h, "history-search", "/");
        bind(h, "history-next-match", "n");
        bind(h, "history-prev-match", "N");
        bind(h, "history-select", "Space", "v");
        bind(h, "history-copy", "Enter", "y");
        bind(h, "history-exit", "q", "Escape");
        HISTORY = Collections.unmodifiableMap(h);

        Map<KeySpec, String> v = new LinkedHashMap<>();
        bind(v, "view-up", "Up", "k");
        bind(v, "view-down", "Down", "j", "Enter");
        bind(v, "view-page-up", "PageUp", "b");
        bind(v, "view-page-down", "PageDown", "Space");
        bind(v, "view-top", "g", "Home");
        bind(v, "view-bottom", "G", "End");
        bind(v, "view-close", "q", "Escape");
        bind(v, "view-keep", "m");
        VIEW = Collections.unmodifiableMap(v);

        Map<String, String> d = new LinkedHashMap<>();
        d.put("history-up", "move up a line");
        d.put("history-down", "move down a line");
        d.put("history-left", "move left");
        d.put("history-right", "move right");
        d.put("history-page-up", "page up");
        d.put("history-page-down", "page down");
        d.put("history-top", "oldest line");
        d.put("history-bottom", "newest line");
        d.put("history-line-start", "start of the line");
        d.put("history-line-end", "end of the line");
        d.put("history-search", "search (type text, Enter)");
        d.put("history-next-match", "next match (older)");
        d.put("history-prev-match", "previous match (newer)");
        d.put("history-select", "start or clear a selection");
        d.put("history-copy", "copy the selection to the clipboard and leave");
        d.put("history-exit", "leave history mode");
        d.put("view-up", "scroll up a line");
        d.put("view-down", "scroll down a line");
        d.put("view-page-up", "page up");
        d.put("view-page-down", "page down");
        d.put("view-top", "top");
        d.put("view-bottom", "bottom");
        d.put("view-close", "close the view");
        d.put("view-keep", "scoreboard: merge the chosen candidate, archive the rest");
        MODE_ACTIONS = Collections.unmodifiableMap(d);
    }

    private DefaultBindings() {}

    /** A fresh, modifiable copy of the default after-prefix table. */
    static Map<KeySpec, String> afterPrefix() {
        Map<KeySpec, String> t = new LinkedHashMap<>();
        for (int n = 1; n <= 9; n++) {
            t.put(KeySpec.ofChar('0' + n, 0), "focus " + n);
        }
        bind(t, "focus-next", "n", "o");
        bind(t, "focus-prev", "p");
        bind(t, "focus-last", ";");
        bind(t, "focus-left", "Left");
        bind(t, "focus-right", "Right");
        bind(t, "focus-up", "Up");
        bind(t, "focus-down", "Down");
        bind(t, "zoom", "z");
        bind(t, "layout-next", "Space");
        bind(t, "new-pane", "c");
        bind(t, "close-pane", "x");
        bind(t, "restart", "r");
        bind(t, "detach", "d");
        bind(t, "history", "[", "PageUp");
        bind(t, "help", "?");
        bind(t, "command", ":");
        bind(t, "review", "v");
        bind(t, "merge", "m");
        bind(t, "next-review", "R");
        bind(t, "scoreboard", "b");
        bind(t, "mark-state-wrong", "w");
        bind(t, "show-reason", "i");
        bind(t, "set-status", "s");
        bind(t, "toggle-table", "t");
        bind(t, "redraw", "C-l");
        return t;
    }

    /** A fresh, modifiable copy of the default table of keys without the prefix. */
    static Map<KeySpec, String> direct() {
        Map<KeySpec, String> t = new LinkedHashMap<>();
        for (int n = 1; n <= 9; n++) {
            t.put(KeySpec.ofChar('0' + n, Modifiers.ALT), "focus " + n);
        }
        bind(t, "focus-left", "M-Left");
        bind(t, "focus-right", "M-Right");
        bind(t, "focus-up", "M-Up");
        bind(t, "focus-down", "M-Down");
        return t;
    }

    private static void bind(Map<KeySpec, String> table, String action, String... keys) {
        for (String k : keys) {
            table.put(KeySpec.parse(k), action);
        }
    }
}
