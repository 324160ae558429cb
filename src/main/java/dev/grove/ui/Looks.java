// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.config.Theme;
import dev.grove.config.ThemeColor;
import dev.grove.term.screen.Attrs;
import dev.grove.term.screen.Colors;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A theme turned into cell looks, ready for drawing. Immutable. */
final class Looks {
    final Look border;
    final Look borderFocused;
    final Look borderAttention;
    final Look title;
    final Look titleFocused;
    final Look titleAttention;
    final Look statusBar;
    final Look statusHeader;
    final Look statusFocused;
    final Look keyHints;
    final Look message;
    final Look prompt;
    final Look overlay;
    final Look overlayBorder;
    final Look selection;
    final Look searchMatch;
    final Look footer;
    private final Map<String, Look> statuses = new HashMap<>();

    Looks(Theme theme) {
        border = look(theme.border());
        borderFocused = look(theme.borderFocused());
        borderAttention = look(theme.borderAttention());
        title = look(theme.title());
        titleFocused = look(theme.titleFocused());
        titleAttention = look(theme.titleAttention());
        statusBar = look(theme.statusBar());
        statusHeader = look(theme.statusHeader());
        statusFocused = look(theme.statusFocused());
        keyHints = look(theme.keyHints());
        message = look(theme.message());
        prompt = look(theme.prompt());
        overlay = look(theme.overlay());
        overlayBorder = look(theme.overlayBorder());
        selection = look(theme.selection());
        searchMatch = look(theme.searchMatch());
        footer = look(theme.footer());
        theme.statuses().forEach((name, style) -> statuses.put(key(name), look(style)));
    }

    /** The look of a coordination status (matched ignoring case), or {@code fallback}. */
    Look status(String status, Look fallback) {
        Look l = status == null ? null : statuses.get(key(status));
        return l == null ? fallback : l;
    }

    private static String key(String status) {
        return status.trim().toLowerCase(Locale.ROOT);
    }

    static Look look(Theme.Style s) {
        if (s == null) {
            return Look.PLAIN;
        }
        int a = (s.bold() ? Attrs.BOLD : 0) | (s.dim() ? Attrs.FAINT : 0) | (s.italic() ? Attrs.ITALIC : 0)
                | (s.underline() ? Attrs.withUnderline(0, Attrs.UNDERLINE_SINGLE) : 0) | (s.reverse() ? Attrs.INVERSE : 0);
        return new Look(a, color(s.fg()), color(s.bg()));
    }

    static int color(ThemeColor c) {
        switch (c.kind()) {
            case INDEXED:
                return Colors.indexed(c.value());
            case RGB:
                return Colors.rgb(c.value() >> 16, c.value() >> 8, c.value());
            default:
                return Colors.DEFAULT;
        }
    }
}
