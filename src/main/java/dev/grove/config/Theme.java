// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The colours of grove's own frame (borders, status area, overlays); pane contents keep the
 * colours their programs chose. Loaded by {@link Themes}; a style missing from a theme file is
 * taken from the default theme. Immutable.
 *
 * @param statuses styles of coordination statuses ("In progress", "Failed", ...), matched
 *     ignoring case; statuses not listed use {@code statusBar}
 */
public record Theme(String name, String description,
                    Style border, Style borderFocused, Style borderAttention,
                    Style title, Style titleFocused, Style titleAttention,
                    Style statusBar, Style statusHeader, Style statusFocused,
                    Style keyHints, Style message,
                    Style prompt, Style overlay, Style overlayBorder,
                    Style selection, Style searchMatch, Style footer,
                    Map<String, Style> statuses) {

    /** How one element is drawn: colours (null means the terminal's default) and attributes. */
    public record Style(ThemeColor fg, ThemeColor bg, Boolean bold, Boolean dim, Boolean italic,
                        Boolean underline, Boolean reverse) {
        public static final Style PLAIN = new Style(null, null, null, null, null, null, null);

        /** Missing colours are the terminal's default, missing attributes off. */
        public Style {
            fg = fg == null ? ThemeColor.DEFAULT : fg;
            bg = bg == null ? ThemeColor.DEFAULT : bg;
            bold = bold != null && bold;
            dim = dim != null && dim;
            italic = italic != null && italic;
            underline = underline != null && underline;
            reverse = reverse != null && reverse;
        }
    }

    public Theme {
        statuses = statuses == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(statuses));
    }

    /** The style for a coordination status, or {@code statusBar} when the theme has none for it. */
    public Style statusStyle(String status) {
        if (status != null) {
            for (Map.Entry<String, Style> e : statuses.entrySet()) {
                if (e.getKey().equalsIgnoreCase(status.trim())) {
                    return e.getValue();
                }
            }
        }
        return statusBar;
    }

    /** This theme with every missing style taken from {@code base}. */
    public Theme withDefaults(Theme base) {
        Map<String, Style> mergedStatuses = new LinkedHashMap<>(base.statuses);
        mergedStatuses.putAll(statuses);
        return new Theme(name == null ? base.name : name, description == null ? "" : description,
                or(border, base.border), or(borderFocused, base.borderFocused), or(borderAttention, base.borderAttention),
                or(title, base.title), or(titleFocused, base.titleFocused), or(titleAttention, base.titleAttention),
                or(statusBar, base.statusBar), or(statusHeader, base.statusHeader), or(statusFocused, base.statusFocused),
                or(keyHints, base.keyHints), or(message, base.message),
                or(prompt, base.prompt), or(overlay, base.overlay), or(overlayBorder, base.overlayBorder),
                or(selection, base.selection), or(searchMatch, base.searchMatch), or(footer, base.footer),
                mergedStatuses);
    }

    private static Style or(Style value, Style fallback) {
        return value != null ? value : fallback != null ? fallback : Style.PLAIN;
    }
}
