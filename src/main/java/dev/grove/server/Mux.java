// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.Theme;
import dev.grove.config.UserConfig;
import dev.grove.keys.Bindings;
import dev.grove.protocol.Message;
import dev.grove.session.ClientInfo;
import dev.grove.session.CommandOutcome;
import dev.grove.session.Pane;
import dev.grove.session.PaneRequest;
import dev.grove.session.Session;
import dev.grove.session.SessionEvent;
import dev.grove.session.SessionLoop;
import dev.grove.ui.ClientCaps;
import dev.grove.ui.LayoutMode;
import dev.grove.ui.Layouts;
import dev.grove.ui.Rect;
import dev.grove.ui.UiModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The multiplexer's state and behaviour on the session loop: the panes, the attached clients,
 * who is focused on what, pane sizes, and when each client gets its next frame. Every method runs
 * on the session thread.
 *
 * <p>Pane size policy: panes take the size the most recently active client's layout gives them
 * (active = attached, resized or typed last). Other clients show those panes clipped or padded.
 *
 * <p>Frames: a client gets a frame as soon as something it shows changed, unless its previous
 * frame went out less than {@link #FRAME_NANOS} ago and no pane began a new burst of output since
 * (then at that time: sustained output is batched; a pane that was quiet, or answers typed input,
 * is drawn at once), its output queue still holds a frame (then when it drains), or a visible
 * pane is inside a synchronized update (then at its end, or after {@link #SYNC_TIMEOUT_NANOS}).
 */
public final class Mux implements SessionLoop.Handler {
    static final long FRAME_NANOS = 16_000_000L;
    static final long SYNC_TIMEOUT_NANOS = 1_000_000_000L;
    /** Mouse reporting (clicks, drags, wheel) in SGR encoding, turned on in clients when the config says so. */
    private static final String MOUSE_ON = "\033[?1000h\033[?1002h\033[?1006h";
    private static final System.Logger LOG = System.getLogger(Mux.class.getName());

    private final SessionLoop loop;
    private final Session session;
    private final ClientRegistry registry;
    private final ServerOptions options;
    private final UserConfig config;
    /** The theme; the server reads it while it starts, so it is asked for only when a client attaches. */
    private final Supplier<Theme> theme;
    private final Bindings bindings;
    private final Map<Integer, AttachedClient> clients = new LinkedHashMap<>();
    private final Map<String, PaneAction> paneActions = new LinkedHashMap<>();
    private final KeyRouter router;
    private final ServerCommands commands;
    private final UiModels models;
    private final List<Runnable> tickers = new ArrayList<>();
    private Supplier<List<AgentListing.Entry>> agentListing = () -> null;
    private final PassThrough passThrough;
    private final Resumer resumer = new Resumer();
    private AttachedClient active;
    /** Focus and layout for clients while none is active (restored, or left by the last active client). */
    private String defaultFocus;
    private LayoutMode defaultLayout = LayoutMode.TILED;
    private int fallbackCols;
    private int fallbackRows;
    private boolean finished;
    private boolean layoutChanged = true;
    /** When a pane last wrote output; read by the {@link DrawingWarmup}, which starts after the first frame. */
    private volatile long lastPaneOutputNanos;
    private boolean warmupStarted;

    Mux(SessionLoop loop, Session session, ClientRegistry registry, ServerOptions options, UserConfig config,
        Supplier<Theme> theme, Bindings bindings) {
        this.loop = loop;
        this.session = session;
        this.registry = registry;
        this.options = options;
        this.config = config;
        this.theme = theme;
        this.bindings = bindings;
        this.fallbackCols = options.cols();
        this.fallbackRows = options.rows();
        this.router = new KeyRouter(this, bindings, config);
        this.commands = new ServerCommands(this);
        this.models = new UiModels(bindings, config);
        this.passThrough = new PassThrough(config);
    }

    // ---- hooks for packages wired by the composition root ----

    /**
     * Makes {@code action} (a key binding's action name, e.g. "review", "merge", "remove",
     * "show-reason", "next-review", "mark-state-wrong") run {@code handler} on the focused pane.
     * Actions without a handler show a one-line message saying they need a repository agent.
     */
    public void registerPaneAction(String action, PaneAction handler) {
        paneActions.put(action, handler);
    }

    /** Replaces how panes lost with a stopped server are resumed (default: their original command). */
    public void setResumeCommands(ResumeCommands commands) {
        resumer.setCommands(commands);
    }

    /** Replaces the status table's rows (default: one row per pane). */
    public void setTableSource(TableSource source) {
        models.setTableSource(source);
        markAllDirty();
    }

    /** Runs {@code ticker} on the session thread after every batch of events; it must be cheap. */
    public void addTicker(Runnable ticker) {
        tickers.add(ticker);
    }

    /** What each pane's border shows: its status and whether it needs the user (lit up). */
    void setPaneBadges(Function<Pane, PaneBadge> badges) {
        models.setPaneBadges(badges);
    }

    /** A note shown before the key hints (e.g. how many agents await review); empty for none. */
    public void setStatusNote(Supplier<String> note) {
        models.setStatusNote(note);
    }

    /** Adds an {@code agents} section to {@code grove ls} (JSON) from {@code agents}. */
    public void setAgentListing(Supplier<List<AgentListing.Entry>> agents) {
        this.agentListing = agents;
    }

    /** The panes. */
    public Session session() {
        return session;
    }

    /** The loop, for posting {@link SessionEvent.JobFinished} from background work. */
    public SessionLoop loop() {
        return loop;
    }

    /** Marks every client for a new frame (after state they show changed outside an event). */
    public void markAllDirty() {
        for (AttachedClient c : clients.values()) {
            c.dirty = true;
        }
    }

    // ---- SessionLoop.Handler ----

    @Override
    public void handle(SessionEvent event) {
        if (event instanceof SessionEvent.PaneOutput) {
            SessionEvent.PaneOutput e = (SessionEvent.PaneOutput) event;
            Optional<Pane> pane = session.output(e.paneId());
            if (pane.isPresent()) {
                lastPaneOutputNanos = System.nanoTime();
                passThrough.forward(pane.get(), clients.values(), lastPaneOutputNanos);
                markAllDirty();
            }
        } else if (event instanceof SessionEvent.PaneExited) {
            SessionEvent.PaneExited e = (SessionEvent.PaneExited) event;
            session.exited(e.paneId(), e.exitCode()).ifPresent(p -> LOG.log(System.Logger.Level.INFO,
                    "pane " + p.name() + " exited with status " + e.exitCode()));
            markAllDirty();
        } else if (event instanceof SessionEvent.ClientConnected) {
            SessionEvent.ClientConnected e = (SessionEvent.ClientConnected) event;
            connect(e.clientId(), e.info());
        } else if (event instanceof SessionEvent.ClientInput) {
            SessionEvent.ClientInput e = (SessionEvent.ClientInput) event;
            AttachedClient c = clients.get(e.clientId());
            ClientConnection conn = registry.get(e.clientId());
            if (c != null && conn != null) {
                conn.handleInput(() -> {
                    activate(c);
                    router.input(c, e.bytes());
                });
            }
        } else if (event instanceof SessionEvent.ClientResized) {
            SessionEvent.ClientResized e = (SessionEvent.ClientResized) event;
            AttachedClient c = clients.get(e.clientId());
            if (c != null) {
                c.resize(e.cols(), e.rows());
                activate(c);
            }
        } else if (event instanceof SessionEvent.ClientDrained) {
            AttachedClient c = clients.get(((SessionEvent.ClientDrained) event).clientId());
            if (c != null && c.output.takeRedrawNeeded()) {
                c.invalidate();
                c.dirty = true;
            }
        } else if (event instanceof SessionEvent.ClientDisconnected) {
            SessionEvent.ClientDisconnected e = (SessionEvent.ClientDisconnected) event;
            disconnect(e.clientId(), e.reason());
        } else if (event instanceof SessionEvent.CommandRequested) {
            SessionEvent.CommandRequested e = (SessionEvent.CommandRequested) event;
            e.reply().accept(commands.run(e.argv(), e.caller(), null));
        } else if (event instanceof SessionEvent.JobFinished) {
            ((SessionEvent.JobFinished) event).apply().run();
            markAllDirty();
        } else if (event instanceof SessionEvent.ShutdownRequested) {
            shutdown(((SessionEvent.ShutdownRequested) event).reason());
        } else {
            throw new IllegalStateException("unknown session event " + event.getClass().getName());
        }
    }

    @Override
    public void eventFailed(SessionEvent event, RuntimeException failure) {
        if (event instanceof SessionEvent.PaneEvent) {
            String id = ((SessionEvent.PaneEvent) event).paneId();
            session.fail(id, failure.getClass().getSimpleName() + ": " + failure.getMessage());
            markAllDirty();
        } else if (event instanceof SessionEvent.ClientInput || event instanceof SessionEvent.ClientResized) {
            int id = event instanceof SessionEvent.ClientInput ? ((SessionEvent.ClientInput) event).clientId()
                    : ((SessionEvent.ClientResized) event).clientId();
            AttachedClient c = clients.get(id);
            if (c != null) {
                c.closeOverlay();
                c.message("internal error: " + failure.getMessage() + " (details in the server log)");
            }
        } else if (event instanceof SessionEvent.CommandRequested) {
            ((SessionEvent.CommandRequested) event).reply()
                    .accept(CommandOutcome.failed("error: internal error: " + failure.getMessage()));
        }
    }

    @Override
    public void afterBatch() {
        long now = System.nanoTime();
        dropStuckClients(now);
        tickers.forEach(Runnable::run);
        router.flushPendingInput(clients.values(), now);
        for (AttachedClient c : clients.values()) {
            ClientConnection conn = registry.get(c.id);
            if (conn != null && conn.takeTypedDirectly()) {
                activate(c);
            }
        }
        if (layoutChanged) {
            resizePanes();
            layoutChanged = false;
        }
        for (AttachedClient c : List.copyOf(clients.values())) {
            renderIfDue(c, now);
            ClientConnection conn = registry.get(c.id);
            if (conn != null) {
                conn.allowDirectInput(router.directInput(c, conn.directInput()));
            }
        }
    }

    @Override
    public long nanosUntilDue() {
        long now = System.nanoTime();
        long due = Long.MAX_VALUE;
        for (AttachedClient c : clients.values()) {
            if (c.dirty && c.output.mayRender()) {
                long next = burstSince(c.lastFrameNanos) ? now : c.lastFrameNanos + FRAME_NANOS;
                due = Math.min(due, Math.max(next, heldFrameDeadline()));
            }
            if (c.pendingInputSinceNanos >= 0) {
                due = Math.min(due, c.pendingInputSinceNanos + config.escapeTimeMs() * 1_000_000L);
            }
            long msg = c.messageDeadline();
            if (msg >= 0) {
                due = Math.min(due, msg + 1);
            }
            if (c.output.isStuck(now + 1_000_000_000L)) {
                due = Math.min(due, now + 1_000_000_000L);
            }
        }
        return due == Long.MAX_VALUE ? (clients.isEmpty() ? -1 : 1_000_000_000L) : Math.max(0, due - now);
    }

    @Override
    public boolean finished() {
        return finished;
    }

    // ---- clients ----

    private void connect(int id, ClientInfo info) {
        ClientConnection conn = registry.get(id);
        if (conn == null) {
            return;
        }
        boolean trueColor = config.trueColor().equals("on") || (config.trueColor().equals("auto")
                && (info.colorTerm().contains("truecolor") || info.colorTerm().contains("24bit")));
        AttachedClient c = new AttachedClient(id, info, conn.output(), theme.get(), new ClientCaps(trueColor, true),
                config.statusTableCollapsed());
        if (active != null && active.focusedPaneId != null) {
            c.focusedPaneId = active.focusedPaneId;
        } else if (defaultFocus != null && session.byId(defaultFocus).isPresent()) {
            c.focusedPaneId = defaultFocus;
        } else if (!session.panes().isEmpty()) {
            c.focusedPaneId = session.panes().get(0).id();
        }
        c.layout = active != null ? active.layout : defaultLayout;
        clients.put(id, c);
        if (session.panes().isEmpty()) {
            openPane(shellPane(options, List.of(), info.env(), info.cwd()), c);
        }
        if (config.mouse()) {
            c.output.sendOutput(MOUSE_ON.getBytes(StandardCharsets.US_ASCII));
        }
        if (!info.readOnly()) {
            activate(c);
        }
        LOG.log(System.Logger.Level.INFO, "client " + id + " attached" + (info.readOnly() ? " read-only" : "")
                + " at " + c.cols + "x" + c.rows);
    }

    private void activate(AttachedClient c) {
        c.lastActiveNanos = System.nanoTime();
        if (active != c && !c.info.readOnly()) {
            active = c;
            layoutChanged = true;
        } else if (active == c) {
            layoutChanged |= c.cols != fallbackCols || c.rows != fallbackRows;
        }
    }

    private void disconnect(int id, String reason) {
        AttachedClient c = clients.remove(id);
        ClientConnection conn = registry.get(id);
        if (conn != null) {
            conn.close();
        }
        if (c == null) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "client " + id + " left: " + reason);
        if (active == c) {
            defaultFocus = c.focusedPaneId;
            defaultLayout = c.layout;
            active = clients.values().stream().filter(o -> !o.info.readOnly())
                    .max((a, b) -> Long.compare(a.lastActiveNanos, b.lastActiveNanos)).orElse(null);
            layoutChanged = true;
        }
    }

    /** Ends a client's attachment, telling it why. */
    void detach(AttachedClient c, String reason) {
        c.output.sendAndClose(new Message.Detached(reason));
    }

    private void dropStuckClients(long now) {
        for (AttachedClient c : List.copyOf(clients.values())) {
            if (c.output.isStuck(now)) {
                LOG.log(System.Logger.Level.WARNING, "client " + c.id + " too slow (its output has not moved for "
                        + config.clientTimeoutMs() + " ms), dropped");
                disconnect(c.id, "too slow");
            }
        }
    }

    Map<Integer, AttachedClient> clients() {
        return clients;
    }

    // ---- panes ----

    /** Opens a pane sized for the active client's layout; focuses it for {@code focusFor} (may be null). */
    Pane openPane(PaneRequest request, AttachedClient focusFor) {
        int[] size = sizeForNewPane();
        Pane pane = session.open(request, size[0], size[1]);
        if (focusFor != null) {
            focusFor.focusedPaneId = pane.id();
        }
        for (AttachedClient c : clients.values()) {
            if (c.focusedPaneId == null) {
                c.focusedPaneId = pane.id();
            }
        }
        layoutChanged = true;
        markAllDirty();
        return pane;
    }

    /** A pane running {@code command} (or the user's shell), in the main worktree in repository mode, else in {@code cwd}. */
    static PaneRequest shellPane(ServerOptions options, List<String> command, Map<String, String> env, Path cwd) {
        List<String> argv = command.isEmpty() ? List.of(env.getOrDefault("SHELL", "/bin/sh")) : command;
        return new PaneRequest(null, argv, options.mainWorktree() != null ? options.mainWorktree() : cwd, env);
    }

    void closePane(Pane pane) {
        int index = session.panes().indexOf(pane);
        session.close(pane);
        resumer.forget(pane);
        for (AttachedClient c : clients.values()) {
            if (pane.id().equals(c.focusedPaneId)) {
                List<Pane> left = session.panes();
                c.focusedPaneId = left.isEmpty() ? null : left.get(Math.min(index, left.size() - 1)).id();
            }
            if (c.history != null && c.history.paneId().equals(pane.id())) {
                c.closeOverlay();
            }
        }
        layoutChanged = true;
        markAllDirty();
    }

    /** Starts an exited pane again; a pane lost with a stopped server with its resume command. */
    void restartPane(Pane pane) {
        resumer.restart(session, pane);
        markAllDirty();
    }

    Resumer resumer() {
        return resumer;
    }

    /** Sets the focus (a pane id, may be null) and layout clients get while none is active. */
    void setDefaultView(String paneId, LayoutMode layout) {
        defaultFocus = paneId;
        defaultLayout = layout;
    }

    /** The focused pane's id to save: the active client's, else the default. */
    String focusToKeep() {
        return active != null ? active.focusedPaneId : defaultFocus;
    }

    /** The layout to save: the active client's, else the default. */
    LayoutMode layoutToKeep() {
        return active != null ? active.layout : defaultLayout;
    }

    /** Shows {@code message} in every attached client's status line. */
    void tellClients(String message) {
        for (AttachedClient c : clients.values()) {
            c.message(message);
        }
    }

    /** The pane this client has focused, if any. */
    Optional<Pane> focused(AttachedClient c) {
        if (c.focusedPaneId != null) {
            Optional<Pane> p = session.byId(c.focusedPaneId);
            if (p.isPresent()) {
                return p;
            }
        }
        return session.panes().isEmpty() ? Optional.empty() : Optional.of(session.panes().get(0));
    }

    void layoutChanged() {
        layoutChanged = true;
        markAllDirty();
    }

    /** True when this client's layout sets the pane sizes. */
    boolean isActive(AttachedClient c) {
        return active == c;
    }

    /** The UI model this client sees now (for layout and mouse hit tests). */
    UiModel modelFor(AttachedClient c) {
        return models.build(c, session.panes(), session, System.nanoTime(), 0);
    }

    /** grove's version as the server reports it. */
    String version() {
        return options.version();
    }

    PaneAction paneAction(String name) {
        return paneActions.get(name);
    }

    ServerCommands commands() {
        return commands;
    }

    List<AgentListing.Entry> agentListing() {
        return agentListing.get();
    }

    ServerOptions options() {
        return options;
    }

    private int[] sizeForNewPane() {
        AttachedClient c = active;
        int cols = c == null ? fallbackCols : c.cols;
        int rows = c == null ? fallbackRows : c.rows;
        List<Pane> panes = new ArrayList<>(session.panes());
        UiModel model = models.build(c, panes, session, System.nanoTime(), 1);
        List<Rect> rects = Layouts.paneContents(model, cols, rows);
        Rect last = rects.isEmpty() ? new Rect(0, 0, cols, rows) : rects.get(rects.size() - 1);
        return new int[] {Math.max(1, last.cols()), Math.max(1, last.rows())};
    }

    private void resizePanes() {
        AttachedClient c = active;
        if (c == null) {
            return;
        }
        fallbackCols = c.cols;
        fallbackRows = c.rows;
        UiModel model = models.build(c, session.panes(), session, System.nanoTime(), 0);
        List<Rect> rects = Layouts.paneContents(model, c.cols, c.rows);
        List<Pane> panes = session.panes();
        for (int i = 0; i < panes.size() && i < rects.size(); i++) {
            session.resize(panes.get(i), rects.get(i).cols(), rects.get(i).rows());
        }
        markAllDirty();
    }

    // ---- rendering ----

    private long heldFrameDeadline() {
        long deadline = 0;
        for (Pane p : session.panes()) {
            deadline = Math.max(deadline, p.syncDeadlineNanos(SYNC_TIMEOUT_NANOS));
        }
        return deadline;
    }

    /** True when a pane began a burst of output after {@code sinceNanos}. */
    private boolean burstSince(long sinceNanos) {
        for (Pane p : session.panes()) {
            if (p.burstStartNanos() > sinceNanos) {
                return true;
            }
        }
        return false;
    }

    private void renderIfDue(AttachedClient c, long now) {
        c.expireMessage(now);
        boolean batching = now - c.lastFrameNanos < FRAME_NANOS && !burstSince(c.lastFrameNanos);
        if (!c.dirty || !c.output.mayRender() || batching) {
            return;
        }
        for (Pane p : session.panes()) {
            if (p.holdsFrame(now, SYNC_TIMEOUT_NANOS)) {
                return;
            }
        }
        UiModel model = models.build(c, session.panes(), session, now, 0);
        byte[] bytes = c.render(model);
        c.dirty = false;
        c.lastFrameNanos = now;
        if (bytes.length > 0) {
            c.output.sendOutput(bytes);
            if (!warmupStarted) {
                warmupStarted = true;
                DrawingWarmup.start(theme.get(), () -> lastPaneOutputNanos);
            }
        }
    }

    // ---- shutdown ----

    /** Stops the server: tells every client, terminates every pane, ends the loop. */
    void shutdown(String reason) {
        LOG.log(System.Logger.Level.INFO, "shutting down: " + reason);
        for (AttachedClient c : clients.values()) {
            detach(c, "grove: the server stopped (" + reason + ")");
        }
        session.terminateAll();
        finished = true;
    }
}
