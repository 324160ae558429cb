// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.server.InProcessCommands;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code grove} command. Subcommands are listed here; each lives in its own class.
 * Exit codes: 0 ok, 1 failure, 2 usage, 3 no server.
 */
@Command(
        name = "grove",
        mixinStandardHelpOptions = true,
        versionProvider = GroveVersion.class,
        description = "A terminal multiplexer for running coding agents in parallel, one git worktree each.",
        subcommands = {MuxCommands.Attach.class, MuxCommands.Detach.class, MuxCommands.Ls.class,
                MuxCommands.KillServer.class, NewCommand.class, MuxCommands.Send.class, ResumeCommand.class,
                DiffCommand.class, MergeCommand.class, RmCommand.class, RestoreCommand.class, GcCommand.class,
                RadarCommand.class, StatusCommand.class, TermReplayCommand.class, DemoCommand.class,
                BatchCommand.class, CompareCommand.class})
public final class GroveCommand implements Callable<Integer> {
    private static final int USAGE = 2;
    private final CliContext context;

    @Mixin SocketOption socket;

    public GroveCommand(CliContext context) {
        this.context = context;
    }

    /** What subcommands run against. */
    CliContext context() {
        return context;
    }

    @Option(names = "--history-limit", paramLabel = "N",
            description = "Scrollback lines per pane of a server started now (default: config, 10000).")
    Integer historyLimit;

    @Option(names = "--theme", paramLabel = "NAME|FILE", description = "Theme for a server started now.")
    String theme;

    @Parameters(arity = "0..*", paramLabel = "CMD", description = "Command for the first pane, after -- (default: $SHELL).")
    List<String> command = new ArrayList<>();

    @Spec CommandSpec spec;

    /**
     * Attaches to the server of this repository (or of the socket, or the default plain server),
     * starting it first when none runs.
     */
    @Override
    public Integer call() {
        List<String> given = spec.commandLine().getParseResult().originalArgs();
        int dashes = given.indexOf("--");
        if (command.size() > (dashes < 0 ? 0 : given.size() - dashes - 1)) {
            // A word before "--" is more likely a mistyped subcommand than a program to run.
            String word = command.get(0);
            PlainAttach.report(new UserError("unknown command '" + word + "'",
                    "'grove --help' lists the commands; to run a program in the first pane, put it after --: grove -- " + word),
                    spec.commandLine().getErr());
            return USAGE;
        }
        return new PlainAttach(socket.socket, historyLimit, theme, command).run();
    }

    /** Runs grove with the given arguments and returns the process exit code. */
    public static int run(String... args) {
        Optional<PlainAttach> plain = PlainAttach.parse(args);
        if (plain.isPresent()) {
            return plain.get().runReportingErrors(utf8(System.err));
        }
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        try {
            Optional<Integer> attached = MuxCommands.Attach.runWithoutPicocli(args, err);
            if (attached.isPresent()) {
                return attached.get();
            }
            OptionalInt ranInServer = NewViaServer.tryRun(args, out, err);
            if (ranInServer.isPresent()) {
                return ranInServer.getAsInt();
            }
        } catch (UserError e) {
            return PlainAttach.report(e, err);
        }
        return run(CliContext.system(), out, err, args);
    }

    /** grove always writes UTF-8, whatever the platform's default charset. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs grove writing to the given streams; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CliContext.system(), out, err, args);
    }

    /** Runs grove against {@code context}, writing to the given streams; used by tests. */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new GroveCommand(context));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserError) {
                return PlainAttach.report((UserError) ex, err);
            }
            if (ex instanceof RunInCaller) {
                return InProcessCommands.RUN_IN_CALLER;
            }
            throw ex;
        });
        return cl.execute(args);
    }
}
