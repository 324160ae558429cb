// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.PrintableText;
import dev.grove.config.Json;
import dev.grove.coord.status.StatusFile;
import dev.grove.coord.status.StatusFileLocator;
import dev.grove.coord.status.StatusLocation;
import dev.grove.coord.status.StatusRow;
import dev.grove.coord.status.StatusTable;
import dev.grove.coord.status.TableProblem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code grove status [--json]}: prints the coordination table and any problems found in it.
 * Reads the file directly, so it works with or without a running server.
 */
@Command(name = "status", mixinStandardHelpOptions = true, subcommands = StatusSetCommand.class,
        description = "Print the coordination table (coordination/status.md) and any problems in it.")
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the table as JSON.")
    boolean json;

    @Option(names = "--file", paramLabel = "PATH",
            description = "The status file (default: $GROVE_STATUS_FILE, "
                    + "else coordination/status.md in the main worktree).")
    Path file;

    /** The JSON shape of {@code grove status --json}. */
    record Report(String file, List<String> columns, List<StatusRow> rows, List<TableProblem> problems) {}

    @Override
    public Integer call() {
        StatusFile statusFile = locate(file).open(Clock.systemDefaultZone());
        StatusTable table = statusFile.read();
        String name = statusFile.path().toString();
        if (json) {
            spec.commandLine().getOut().println(Json.write(new Report(name, table.columns(), table.rows(),
                    table.problems())));
        } else {
            // Cells and problems quote the file, which may hold anything: no byte of it may reach
            // the terminal as a control.
            table.toMarkdown().lines().forEach(line -> spec.commandLine().getOut().println(PrintableText.of(line)));
            for (TableProblem p : table.problems()) {
                spec.commandLine().getErr().println("warning: " + PrintableText.of(p.describe(name)));
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** The status file named by {@code explicit}, else found from the working directory and environment. */
    static StatusLocation locate(Path explicit) {
        if (explicit != null) {
            return new StatusLocation(explicit.toAbsolutePath(), null, null);
        }
        return StatusFileLocator.locate(Path.of(""), System.getenv());
    }
}
