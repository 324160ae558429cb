// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.AttachClient;
import dev.grove.client.ServerLauncher;
import dev.grove.common.UserError;
import dev.grove.config.StateDirs;
import dev.grove.config.Themes;
import dev.grove.config.UserConfig;
import dev.grove.protocol.Message;
import dev.grove.server.InProcessCommands;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    /**
     * Attaches to the server of this repository (or of the socket, or the default plain server),
     * starting it first when none runs.
     */
    @Override
    public Integer call() {
        Map<String, String> env = System.getenv();
        StateDirs dirs = socket.dirs();
        if ((theme != null || Files.exists(UserConfig.defaultFile())) && !ServerLauncher.isRunning(dirs.socket())) {
            // A server started now reads them: report a broken config or theme file before starting it.
            // Without either, the theme is a shipped one and nothing needs reading here.
            UserConfig config = UserConfig.load();
            Themes.load(theme != null ? theme : config.theme());
        }
        List<String> extra = new ArrayList<>();
        if (historyLimit != null) {
            if (historyLimit < 0) {
                throw new UserError("--history-limit must not be negative, not " + historyLimit);
            }
            extra.addAll(List.of("--history-limit", historyLimit.toString()));
        }
        if (theme != null) {
            extra.addAll(List.of("--theme", theme.contains("/") ? Path.of(theme).toAbsolutePath().toString() : theme));
        }
        if (!command.isEmpty()) {
            extra.add("--");
            extra.addAll(command);
        }
        return new AttachClient(dirs.socket(), System.err).run(Message.Purpose.ATTACH, SocketOption.cwd(), env,
                (cols, rows) -> ServerStart.ensureRunning(dirs, extra, cols, rows));
    }

    /** Runs grove with the given arguments and returns the process exit code. */
    public static int run(String... args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        try {
            OptionalInt ranInServer = NewViaServer.tryRun(args, out, err);
            if (ranInServer.isPresent()) {
                return ranInServer.getAsInt();
            }
        } catch (UserError e) {
            return report(e, err);
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
                return report((UserError) ex, err);
            }
            if (ex instanceof RunInCaller) {
                return InProcessCommands.RUN_IN_CALLER;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /** Prints {@code e} as one error line and its hint; returns exit code 1. */
    private static int report(UserError e, PrintWriter err) {
        err.println("error: " + e.getMessage());
        if (e.hint() != null) {
            err.println("hint: " + e.hint());
        }
        err.flush();
        return 1;
    }
}
