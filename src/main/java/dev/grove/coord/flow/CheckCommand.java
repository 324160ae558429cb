// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Verifies before a batch starts that its check command's program exists. Stateless. */
public final class CheckCommand {
    private CheckCommand() {}

    /**
     * @throws UserError when the first word of {@code check} is neither an executable file nor on PATH
     */
    public static void verify(String check, Path workDir) {
        String[] words = check.strip().split("\\s+");
        String program = words[0];
        if (program.isEmpty()) {
            throw new UserError("--check is empty", "give the command that checks a task, for example 'mvn -q test'");
        }
        if (program.contains("/")) {
            if (!Files.isExecutable(workDir.resolve(program))) {
                throw new UserError("check command not found: " + program, "give a path to an executable file");
            }
            return;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return;
            }
        }
        throw new UserError("check command not found: " + program, "is it installed and on PATH?");
    }
}
