// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The small project {@code grove demo} puts in its repository: a shell calculator, a README and a
 * test script, committed once by a repository-local identity (no global git configuration needed).
 */
final class DemoProject {
    private static final String README = """
            # tinycalc

            A tiny calculator written in shell, made by `grove demo` to show agents at work.

            Run the tests with `./test.sh`.
            """;
    private static final String CALC = """
            #!/bin/sh
            # tinycalc: add and subtract whole numbers.
            add() { echo $(($1 + $2)); }
            sub() { echo $(($1 - $2)); }
            """;
    private static final String FORMAT = """
            #!/bin/sh
            # Formats a result for people.
            show() { printf '%s = %s\\n' "$1" "$2"; }
            """;
    private static final String TEST = """
            #!/bin/sh
            # The tests of tinycalc.
            set -e
            . "$(dirname "$0")/src/calc.sh"
            [ "$(add 2 3)" = 5 ] || { echo "add failed"; exit 1; }
            echo "all tests passed"
            """;

    private DemoProject() {}

    /** Writes the project into the empty directory {@code repo}, makes it a git repository and commits. */
    static void write(Path repo) throws IOException {
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("README.md"), README, StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("src/calc.sh"), CALC, StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("src/format.sh"), FORMAT, StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("test.sh"), TEST, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(repo.resolve("test.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        git(repo, "-c", "init.defaultBranch=main", "init", "-q");
        git(repo, "config", "user.name", "grove demo");
        git(repo, "config", "user.email", "demo@grove.invalid");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "tinycalc: first version");
    }

    private static void git(Path repo, String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("git"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(repo.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new UserError("git " + String.join(" ", args) + " failed in " + repo + ": " + output.strip(),
                        "grove demo needs git on the PATH");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
    }
}
