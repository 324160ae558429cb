// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splitting and writing one Markdown table line. A backslash before a pipe makes the pipe part of
 * the cell; every other backslash is kept as written. Leading and trailing pipes are optional
 * when reading and always written.
 */
final class MarkdownRow {
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

    private MarkdownRow() {}

    /** True when the line holds at least one pipe that is not escaped. */
    static boolean hasPipe(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                i++;
            } else if (c == '|') {
                return true;
            }
        }
        return false;
    }

    /** The trimmed, unescaped cells of a table line. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        String s = line.strip();
        int start = s.startsWith("|") ? 1 : 0;
        StringBuilder cell = new StringBuilder();
        boolean closed = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
                closed = false;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                closed = true;
            } else {
                cell.append(c);
                closed = closed && Character.isWhitespace(c);
            }
        }
        if (!closed) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }

    /** True for a delimiter row such as {@code |---|:---:|}. */
    static boolean isDelimiter(List<String> cells) {
        if (cells.isEmpty()) {
            return false;
        }
        for (String c : cells) {
            if (!DELIMITER_CELL.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A cell as written: pipes escaped. */
    static String escape(String value) {
        return value.replace("|", "\\|");
    }

    /** Display width used for alignment: code points (wide characters may still misalign). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
