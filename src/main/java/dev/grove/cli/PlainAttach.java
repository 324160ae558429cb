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
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default command, {@code grove [-S PATH] [--history-limit N] [--theme T] [-- CMD ARGS...]}:
 * attach, starting a server first when none runs. {@link GroveCommand} runs it after picocli has
 * parsed the arguments; {@link #parse} recognises exactly these forms without picocli, whose
 * start-up (about 170 classes that cannot be archived, read reflectively) would otherwise be a
 * quarter of an attach's start-up. Anything else (help, version, subcommands, odd spellings) is
 * left to picocli.
 *
 * @param socket the {@code -S/--socket} path, or null
 * @param historyLimit {@code --history-limit}, or null
 * @param theme {@code --theme}, or null
 * @param command the first pane's command (after {@code --}), empty for the shell
 */
public record PlainAttach(Path socket, Integer historyLimit, String theme, List<String> command) {
    public PlainAttach {
        command = List.copyOf(command);
    }

    /** The arguments as a plain attach, or empty when picocli must read them. */
    public static Optional<PlainAttach> parse(String... args) {
        Path socket = null;
        Integer historyLimit = null;
        String theme = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return Optional.of(new PlainAttach(socket, historyLimit, theme, List.of(args).subList(i + 1, args.length)));
            }
            String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            String value = !name.equals(a) ? a.substring(name.length() + 1) : i + 1 < args.length ? args[++i] : null;
            if (value == null || value.startsWith("-")) {
                return Optional.empty();
            }
            if ((name.equals("-S") || name.equals("--socket")) && socket == null) {
                socket = Path.of(value);
            } else if (name.equals("--theme") && theme == null) {
                theme = value;
            } else if (name.equals("--history-limit") && historyLimit == null && value.matches("[0-9]{1,9}")) {
                historyLimit = Integer.valueOf(value);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new PlainAttach(socket, historyLimit, theme, List.of()));
    }

    /** Runs it, printing a {@link UserError} as every grove command does; returns the exit code. */
    int runReportingErrors(PrintWriter err) {
        try {
            return run();
        } catch (UserError e) {
            return report(e, err);
        }
    }

    /** Prints {@code e} and its hint; returns exit code 1. */
    static int report(UserError e, PrintWriter err) {
        err.println("error: " + e.getMessage());
        if (e.hint() != null) {
            err.println("hint: " + e.hint());
        }
        err.flush();
        return 1;
    }

    /**
     * Attaches to the server of this repository (or of the socket, or the default plain server),
     * starting it first when none runs.
     */
    int run() {
        StateDirs dirs = StateDirs.resolve(socket, SocketOption.cwd(), System.getenv());
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
        return new AttachClient(dirs.socket(), System.err).run(Message.Purpose.ATTACH, SocketOption.cwd(), System.getenv(),
                () -> ServerStart.startTellingSizeLater(dirs, extra));
    }
}
