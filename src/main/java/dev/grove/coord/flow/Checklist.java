// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Ticks a task off in its Markdown task file ({@code - [ ]} becomes {@code - [x]}). Stateless. */
final class Checklist {
    private static final Pattern OPEN = Pattern.compile("^([-*] )\\[ \\]");

    private Checklist() {}

    /** Marks {@code task} done in {@code file}; JSON task files and lines that changed are left alone. */
    static void markDone(Path file, FlowTask task) {
        if (task.line() <= 0) {
            return;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            int i = task.line() - 1;
            if (i >= lines.length || !lines[i].contains(task.text())) {
                return;
            }
            lines[i] = OPEN.matcher(lines[i]).replaceFirst("$1[x]");
            Json.writeAtomically(file, String.join("\n", lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }
}
