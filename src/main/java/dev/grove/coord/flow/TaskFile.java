// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import dev.grove.config.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch's task file: a JSON list of tasks (when the text starts with {@code [}) or a
 * Markdown checklist. In a checklist each {@code - [ ] text} (or {@code - [x] text}, already
 * done) is a task; indented lines below it of the form {@code key: value} annotate it, with the
 * keys {@code name}, {@code after} (comma-separated names), {@code scope} (comma-separated
 * globs) and {@code group}. Other lines are ignored. Stateless.
 */
public final class TaskFile {
    private static final String HINT = "checklist items look like '- [ ] text', annotations like '  name: NAME'"
            + " (keys: name, after, scope, group)";
    private static final String CHECKLIST_HINT = "give the path of a Markdown checklist of tasks ('- [ ] task')";

    private TaskFile() {}

    /** JSON form of one task. */
    record JsonTask(String name, String task, List<String> after, List<String> scope, String group, Boolean done) {}

    /**
     * Reads and checks {@code file}.
     *
     * @throws UserError naming the file, line and reason when it is missing or malformed
     */
    public static List<FlowTask> read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError("the task file is a directory: " + file, CHECKLIST_HINT);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("no such task file: " + file, CHECKLIST_HINT);
        } catch (IOException e) {
            throw new UserError("cannot read task file " + file + ": " + e.getClass().getSimpleName(),
                    "check that you may read it");
        }
        return parse(text, file.toString());
    }

    /** Parses {@code text}; {@code origin} names it in errors. */
    public static List<FlowTask> parse(String text, String origin) {
        List<FlowTask> tasks = text.stripLeading().startsWith("[") ? parseJson(text, origin)
                : parseChecklist(text, origin);
        if (tasks.isEmpty()) {
            throw new UserError(origin + ": no tasks found", HINT);
        }
        TaskGraph.check(tasks, origin);
        return tasks;
    }

    private static List<FlowTask> parseJson(String text, String origin) {
        JsonTask[] entries = Json.parse(text, origin, JsonTask[].class);
        List<FlowTask> tasks = new ArrayList<>();
        TaskNames names = new TaskNames(origin);
        for (int i = 0; i < entries.length; i++) {
            JsonTask e = entries[i];
            String where = origin + ": task " + (i + 1);
            if (e == null || e.task() == null || e.task().isBlank()) {
                throw new UserError(where + ": \"task\" (the task's text) is missing");
            }
            String name = names.take(e.name(), e.task(), where);
            tasks.add(new FlowTask(name, e.task().strip(), e.after(), e.scope(), e.group(),
                    Boolean.TRUE.equals(e.done()), 0));
        }
        return tasks;
    }

    private static List<FlowTask> parseChecklist(String text, String origin) {
        List<ChecklistItem> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = origin + ":" + (i + 1);
            ChecklistItem item = ChecklistItem.startingAt(line, i + 1, where);
            if (item != null) {
                items.add(item);
            } else if (!items.isEmpty() && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                items.get(items.size() - 1).annotate(line.strip(), where);
            }
        }
        TaskNames names = new TaskNames(origin);
        List<FlowTask> tasks = new ArrayList<>();
        for (ChecklistItem item : items) {
            tasks.add(item.toTask(names, origin + ":" + item.line));
        }
        return tasks;
    }

    /** Splits a comma-separated annotation value into trimmed, non-empty parts. */
    static List<String> commaList(String value) {
        List<String> parts = new ArrayList<>();
        for (String p : value.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    static String hint() {
        return HINT;
    }
}
