// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.common.UserError;
import dev.grove.config.SavedState;
import dev.grove.config.StateFile;
import dev.grove.config.Theme;
import dev.grove.config.Themes;
import dev.grove.config.UserConfig;
import dev.grove.keys.Bindings;
import dev.grove.session.Pane;
import dev.grove.session.PaneRequest;
import dev.grove.session.Session;
import dev.grove.session.SessionEvent;
import dev.grove.session.SessionLoop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * The server process: started detached by the client ({@code setsid}, output to the server log),
 * it ignores SIGHUP, stops on SIGTERM, restores the panes of {@code state.json} (as exited, with
 * their last screens), listens on the socket and runs the session loop on the main thread,
 * saving its state after every change. This is the composition root: the place to wire packages that add pane actions, the
 * status table or background jobs into the {@link Mux}.
 *
 * <p>Arguments: {@code --socket PATH --state-dir DIR [--worktree DIR] [--history-limit N]
 * [--theme T] [--size COLSxROWS] [--empty] [-- CMD ARGS...]}.
 */
public final class ServerMain {
    private static final System.Logger LOG = System.getLogger(ServerMain.class.getName());

    private ServerMain() {}

    public static void main(String[] args) {
        Logger root = Logger.getLogger("");
        root.setLevel(System.getenv("GROVE_LOG") == null ? Level.INFO : Level.parse(System.getenv("GROVE_LOG")));
        for (Handler h : root.getHandlers()) {
            h.setFormatter(new LogLineFormat());
        }
        try {
            run(parse(args));
            System.exit(0);
        } catch (UserError e) {
            System.err.println("error: " + e.getMessage() + (e.hint() == null ? "" : "\nhint: " + e.hint()));
            System.exit(1);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "server failed", e);
            System.exit(1);
        }
    }

    /**
     * Runs the server. The theme is read on another thread while the saved panes or the first pane
     * start (both take a while in a new JVM); clients are accepted once both succeeded, so a broken
     * theme stops the server before any client is served.
     */
    static void run(ServerOptions options) {
        UserConfig config = UserConfig.load();
        String themeName = options.theme() != null ? options.theme() : config.theme();
        FutureTask<Theme> theme = new FutureTask<>(() -> Themes.load(themeName));
        Thread themeLoader = new Thread(theme, "load-theme");
        themeLoader.setDaemon(true);
        themeLoader.start();
        StateFile stateFile = new StateFile(options.stateDir());
        stateFile.removeInterruptedWrites();
        Optional<SavedState> saved = stateFile.load();
        int history = options.historyLimit() >= 0 ? options.historyLimit() : config.historyLimit();
        SessionLoop loop = new SessionLoop();
        Session session = new Session(loop, options.logsDir(), history, options.socket());
        ClientRegistry registry = new ClientRegistry();
        Mux mux = new Mux(loop, session, registry, options, config, () -> loaded(theme),
                Bindings.from(config, UserConfig.defaultFile().toString()));
        AgentMemory agents = options.mainWorktree() == null ? AgentMemory.NONE
                : AgentMemory.of(AgentWiring.install(mux, options.mainWorktree(), options.stateDir(), config));
        // Handled, not ignored: an ignored signal stays ignored in every pane's process, so panes
        // would outlive a crashed server unseen; a handled one is back to its default after exec.
        Signal.handle(new Signal("HUP"), s -> LOG.log(System.Logger.Level.DEBUG, "SIGHUP ignored"));
        Signal.handle(new Signal("INT"), s -> LOG.log(System.Logger.Level.DEBUG, "SIGINT ignored"));
        Signal.handle(new Signal("TERM"), s -> loop.post(new SessionEvent.ShutdownRequested("SIGTERM")));
        try (SocketListener listener = SocketListener.bind(options.socket())) {
            LOG.log(System.Logger.Level.INFO, "grove " + options.version() + " server " + ProcessHandle.current().pid()
                    + " listening on " + options.socket());
            StateKeeper keeper = new StateKeeper(stateFile, System.getenv(), options.version());
            keeper.useAgents(agents);
            startPanes(options, session, mux, keeper, saved, theme);
            FlowControl flow = FlowControl.withTimeout(config.clientTimeoutMs());
            Optional<InProcessCommands> inProcess = InProcessCommands.installed();
            listener.acceptInto(ch -> new ClientConnection(ch, loop, registry, options.version(), flow, inProcess)
                    .start());
            loop.run(new StateSaving(mux, keeper));
        }
        session.awaitTerminated();
        awaitClientsFlushed(registry);
    }

    /**
     * Restores the saved panes, opens the first one and waits for the theme, all before any client
     * is accepted. The user's shell opens only when nothing was restored; a command asked for by
     * name ({@code grove -- CMD}) opens beside the restored panes, in focus. When any of it fails,
     * the panes started so far end. Nothing is saved here: the session loop saves once its first
     * events have been handled and drawn (setting up the JSON writer takes a new JVM tens of
     * milliseconds, which a save here would add to the first frame).
     */
    private static void startPanes(ServerOptions options, Session session, Mux mux, StateKeeper keeper,
                                   Optional<SavedState> saved, FutureTask<Theme> theme) {
        try {
            saved.ifPresent(state -> keeper.restore(mux, state));
            boolean restored = !session.panes().isEmpty();
            if (options.openFirstPane() && (!restored || !options.firstCommand().isEmpty())) {
                Pane first = mux.openPane(firstPane(options), null);
                if (restored) {
                    mux.setDefaultView(first.id(), mux.layoutToKeep());
                }
            }
            loaded(theme);
        } catch (RuntimeException e) {
            session.terminateAll();
            session.awaitTerminated();
            throw e;
        }
    }

    /** The theme once read; what reading it threw (a broken theme is a {@link UserError}). */
    private static Theme loaded(FutureTask<Theme> theme) {
        try {
            return theme.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException("reading the theme failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the theme", e);
        }
    }

    /** The first pane: the given command, or the user's shell, in the main worktree or the current directory. */
    static PaneRequest firstPane(ServerOptions options) {
        return Mux.shellPane(options, options.firstCommand(), System.getenv(), Path.of("").toAbsolutePath());
    }

    /** Gives clients up to a second to receive their last message before the process exits. */
    private static void awaitClientsFlushed(ClientRegistry registry) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < deadline
                && !registry.all().stream().allMatch(c -> c.output() == null || c.output().finished())) {
            LockSupport.parkNanos(5_000_000L);
        }
    }

    static ServerOptions parse(String[] args) {
        Path socket = null;
        Path stateDir = null;
        Path worktree = null;
        int history = -1;
        String theme = null;
        int cols = 80;
        int rows = 24;
        boolean empty = false;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                command.addAll(List.of(args).subList(i + 1, args.length));
                break;
            } else if (a.equals("--empty")) {
                empty = true;
            } else if (i + 1 >= args.length) {
                throw new UserError("server option " + a + " needs a value");
            } else if (a.equals("--socket")) {
                socket = Path.of(args[++i]);
            } else if (a.equals("--state-dir")) {
                stateDir = Path.of(args[++i]);
            } else if (a.equals("--worktree")) {
                worktree = Path.of(args[++i]);
            } else if (a.equals("--history-limit")) {
                history = Integer.parseInt(args[++i]);
            } else if (a.equals("--theme")) {
                theme = args[++i];
            } else if (a.equals("--size")) {
                String size = args[++i].equals("-") ? sizeFromInput() : args[i];
                String[] wh = size.split("x");
                cols = Integer.parseInt(wh[0]);
                rows = Integer.parseInt(wh[1]);
            } else {
                throw new UserError("unknown server option " + a);
            }
        }
        if (socket == null || stateDir == null) {
            throw new UserError("the server needs --socket and --state-dir");
        }
        return new ServerOptions(socket, stateDir, worktree, command, history, theme, cols, rows, !empty, version());
    }

    /**
     * {@code --size -}: the client that starts this server sends its terminal's size on the
     * server's input once it knows it.
     *
     * @throws UserError when the input ends first (that client went away)
     */
    private static String sizeFromInput() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
            if (line == null || !line.matches("[1-9][0-9]{0,4}x[1-9][0-9]{0,4}")) {
                throw new UserError("the client starting this server went away before it sent the terminal's size");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terminal's size", e);
        }
    }

    private static String version() {
        try (InputStream in = ServerMain.class.getResourceAsStream("/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
