// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One checklist item while a Markdown task file is read, collecting its annotations. Not thread-safe. */
final class ChecklistItem {
    private static final Pattern ITEM = Pattern.compile("^[-*] \\[(.)\\](.*)$");
    private static final Pattern BROKEN_ITEM = Pattern.compile("^[-*] \\[.*$");
    private static final Pattern ANNOTATION = Pattern.compile("^([A-Za-z-]+):\\s*(.*)$");

    final int line;
    private final String text;
    private final boolean done;
    private String name;
    private List<String> after = List.of();
    private List<String> scope = List.of();
    private String group;

    private ChecklistItem(int line, String text, boolean done) {
        this.line = line;
        this.text = text;
        this.done = done;
    }

    /** The item that {@code line} starts, or null when it is not a checklist item. */
    static ChecklistItem startingAt(String line, int number, String where) {
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) {
            if (BROKEN_ITEM.matcher(line).matches()) {
                throw new UserError(where + ": malformed checklist item '" + line.strip() + "'", TaskFile.hint());
            }
            return null;
        }
        String mark = m.group(1);
        if (!mark.equals(" ") && !mark.equalsIgnoreCase("x")) {
            throw new UserError(where + ": checklist mark must be ' ' or 'x', not '" + mark + "'", TaskFile.hint());
        }
        String text = m.group(2).strip();
        if (text.isEmpty()) {
            throw new UserError(where + ": checklist item has no text", TaskFile.hint());
        }
        return new ChecklistItem(number, text, !mark.equals(" "));
    }

    /** Applies an indented {@code key: value} line below the item. */
    void annotate(String annotation, String where) {
        Matcher m = ANNOTATION.matcher(annotation);
        if (!m.matches()) {
            throw new UserError(where + ": expected 'key: value' below a task, got '" + annotation + "'",
                    TaskFile.hint());
        }
        String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String value = m.group(2).strip();
        if (value.isEmpty()) {
            throw new UserError(where + ": '" + key + ":' has no value", TaskFile.hint());
        }
        switch (key) {
            case "name" -> name = once(name, value, key, where);
            case "after" -> after = TaskFile.commaList(value);
            case "scope" -> scope = TaskFile.commaList(value);
            case "group" -> group = once(group, value, key, where);
            default -> throw new UserError(where + ": unknown annotation '" + key + "'", TaskFile.hint());
        }
    }

    private static String once(String old, String value, String key, String where) {
        if (old != null) {
            throw new UserError(where + ": '" + key + ":' given twice for one task");
        }
        return value;
    }

    FlowTask toTask(TaskNames names, String where) {
        return new FlowTask(names.take(name, text, where), text, after, scope, group, done, line);
    }
}
