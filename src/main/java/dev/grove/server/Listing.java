// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.Json;
import dev.grove.session.Pane;
import dev.grove.session.PaneStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@code grove ls} shows about one server: its socket, clients and panes, as text or JSON. */
final class Listing {
    /** The JSON shape of {@code grove ls --json} for one server. */
    record ServerInfo(String socket, long pid, String version, String repository, List<ClientEntry> clients,
                      List<PaneEntry> panes, List<AgentListing.Entry> agents) {}

    record ClientEntry(int id, int cols, int rows, boolean readOnly, boolean sizesPanes) {}

    /** {@code interrupted}: the pane's process was lost when a server stopped; {@code grove resume} starts it again. */
    record PaneEntry(String name, String id, List<String> command, String cwd, String status, Integer exitCode,
                     Long pid, String title, String lastOutput, int cols, int rows, boolean interrupted) {}

    private final Mux mux;

    Listing(Mux mux) {
        this.mux = mux;
    }

    String render(boolean json) {
        ServerInfo info = collect();
        return json ? Json.write(info) + "\n" : text(info);
    }

    ServerInfo collect() {
        List<ClientEntry> clients = new ArrayList<>();
        for (AttachedClient c : mux.clients().values()) {
            clients.add(new ClientEntry(c.id, c.cols, c.rows, c.info.readOnly(), mux.isActive(c)));
        }
        List<PaneEntry> panes = new ArrayList<>();
        for (Pane p : mux.session().panes()) {
            boolean running = p.status() == PaneStatus.RUNNING;
            panes.add(new PaneEntry(p.name(), p.id(), p.command(), p.cwd().toString(), p.status().label(),
                    p.status() == PaneStatus.EXITED && !p.interrupted() ? p.exitCode() : null, running ? p.pid() : null,
                    p.title(), p.lastOutputMillis() == 0 ? null : Instant.ofEpochMilli(p.lastOutputMillis()).toString(),
                    p.screen().cols(), p.screen().rows(), p.interrupted()));
        }
        ServerOptions o = mux.options();
        return new ServerInfo(o.socket().toString(), ProcessHandle.current().pid(), mux.version(),
                o.mainWorktree() == null ? null : o.mainWorktree().toString(), clients, panes,
                mux.agentListing());
    }

    private static String text(ServerInfo s) {
        StringBuilder sb = new StringBuilder();
        long readOnly = s.clients().stream().filter(ClientEntry::readOnly).count();
        sb.append("server ").append(s.socket()).append(" (pid ").append(s.pid()).append(", grove ").append(s.version())
                .append(s.repository() == null ? "" : ", repository " + s.repository()).append("): ")
                .append(s.clients().size()).append(" client").append(s.clients().size() == 1 ? "" : "s")
                .append(" attached").append(readOnly > 0 ? " (" + readOnly + " read-only)" : "").append('\n');
        for (PaneEntry p : s.panes()) {
            String status = p.exitCode() == null ? p.status() : p.status() + " " + p.exitCode();
            sb.append(String.format("  %-16s %-10s %3dx%-3d %s%s%s%n", p.name(), status, p.cols(), p.rows(),
                    String.join(" ", p.command()), p.title().isEmpty() ? "" : "  [" + p.title() + "]",
                    p.interrupted() ? "  (interrupted: grove resume " + p.name() + ")" : ""));
            agentOf(s, p.name()).ifPresent(a -> sb.append(agentLine(a)));
        }
        if (s.panes().isEmpty()) {
            sb.append("  (no panes)\n");
        }
        return sb.toString();
    }

    private static Optional<AgentListing.Entry> agentOf(ServerInfo s, String pane) {
        return s.agents() == null ? Optional.empty()
                : s.agents().stream().filter(a -> a.name().equals(pane)).findFirst();
    }

    /** The agent's state under its pane's line, with why it needs you when it does. */
    private static String agentLine(AgentListing.Entry a) {
        StringBuilder sb = new StringBuilder("    ").append(a.state());
        if (a.awaitingReview()) {
            sb.append(", awaiting review");
        }
        if (a.needsYou()) {
            sb.append(" — needs you: ")
                    .append(String.join("; ", a.needs().stream().map(AgentListing.Need::reason).toList()));
        }
        return sb.append('\n').toString();
    }
}
