// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code grove} command. Subcommands are listed here; each lives in its own class.
 * Exit codes: 0 ok, 1 failure, 2 usage, 3 no server.
 */
@Command(
        name = "grove",
        mixinStandardHelpOptions = true,
        versionProvider = GroveVersion.class,
        description = "A terminal multiplexer for running coding agents in parallel, one git worktree each.",
        subcommands = {StatusCommand.class, TermReplayCommand.class})
public final class GroveCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("the multiplexer is not built yet", "run 'grove --help' to see what works");
    }

    /** Runs grove with the given arguments and returns the process exit code. */
    public static int run(String... args) {
        return run(utf8(System.out), utf8(System.err), args);
    }

    /** grove always writes UTF-8, whatever the platform's default charset. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs grove writing to the given streams; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new GroveCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserError) {
                UserError ue = (UserError) ex;
                err.println("error: " + ue.getMessage());
                if (ue.hint() != null) {
                    err.println("hint: " + ue.hint());
                }
                err.flush();
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }
}
