// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.common.UserError;
import dev.grove.session.ClientInfo;
import dev.grove.session.CommandOutcome;
import dev.grove.session.Pane;
import dev.grove.session.PaneRequest;
import dev.grove.session.PaneStatus;
import dev.grove.keys.KeyEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commands a running server accepts, from the CLI ({@code grove new ...}) and from the
 * {@code :} prompt alike: {@code new}, {@code ls}, {@code send}, {@code close}, {@code restart},
 * {@code resume}, {@code focus}, {@code detach}, {@code kill-server}. Confined to the session thread.
 */
final class ServerCommands {
    static final String USAGE = "commands: new [NAME] [--no-focus] [--cwd DIR] [-- CMD ARGS...] | ls [--json]"
            + " | send (NAME|--all) [--no-enter] TEXT... | close NAME | restart NAME | resume (NAME...|--all)"
            + " | focus NAME | detach | kill-server";

    private final Mux mux;

    ServerCommands(Mux mux) {
        this.mux = mux;
    }

    /**
     * Runs {@code argv}; {@code client} is the attached client that typed it at the prompt, or
     * null for a CLI command. User mistakes come back as a failed outcome, not an exception.
     */
    CommandOutcome run(List<String> argv, ClientInfo caller, AttachedClient client) {
        if (argv.isEmpty()) {
            return CommandOutcome.failed("error: no command\nhint: " + USAGE);
        }
        List<String> args = argv.subList(1, argv.size());
        try {
            switch (argv.get(0)) {
                case "new": return newPane(args, caller, client);
                case "ls": return CommandOutcome.ok(new Listing(mux).render(args.contains("--json")));
                case "send": return send(args);
                case "close": mux.closePane(pane(args)); return CommandOutcome.ok("");
                case "restart": mux.restartPane(pane(args)); return CommandOutcome.ok("");
                case "resume": return resume(args);
                case "focus": return focus(args, client);
                case "detach": return detach(client);
                case "kill-server": mux.shutdown("kill-server"); return CommandOutcome.ok("");
                default: throw new UserError("unknown command '" + argv.get(0) + "'", USAGE);
            }
        } catch (UserError e) {
            return CommandOutcome.failed("error: " + e.getMessage() + (e.hint() == null ? "" : "\nhint: " + e.hint()));
        }
    }

    private CommandOutcome newPane(List<String> args, ClientInfo caller, AttachedClient client) {
        String name = null;
        boolean focus = true;
        Path cwd = caller.cwd();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                command.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (a.equals("--no-focus")) {
                focus = false;
            } else if (a.equals("--cwd") && i + 1 < args.size()) {
                cwd = cwd.resolve(args.get(++i)).normalize();
            } else if (a.startsWith("-")) {
                throw new UserError("unknown option '" + a + "' for new", USAGE);
            } else if (name == null) {
                name = a;
            } else {
                throw new UserError("unexpected '" + a + "' for new", "put the command after --");
            }
        }
        if (command.isEmpty()) {
            command.add(caller.env().getOrDefault("SHELL", "/bin/sh"));
        }
        Pane pane = mux.openPane(new PaneRequest(name, command, cwd, caller.env()), null);
        if (focus) {
            for (AttachedClient c : mux.clients().values()) {
                if (client == null || c == client) {
                    c.focusedPaneId = pane.id();
                }
            }
        }
        return CommandOutcome.ok("opened pane " + pane.name() + "\n");
    }

    private CommandOutcome send(List<String> args) {
        boolean all = false;
        boolean enter = true;
        String name = null;
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--all") && words.isEmpty()) {
                all = true;
            } else if (a.equals("--no-enter") && words.isEmpty()) {
                enter = false;
            } else if (name == null && !all) {
                name = a;
            } else {
                words.add(a);
            }
        }
        if (!all && name == null || words.isEmpty()) {
            throw new UserError("send needs a pane name (or --all) and text", "grove send NAME TEXT...");
        }
        List<Pane> targets = all ? everyRunningAgent() : List.of(pane(List.of(name)));
        byte[] text = String.join(" ", words).getBytes(StandardCharsets.UTF_8);
        for (Pane p : targets) {
            p.write(KeyEncoder.encodePaste(text, p.modes()));
            if (enter) {
                p.write(new byte[] {'\r'});
            }
        }
        return CommandOutcome.ok(all ? "sent to " + String.join(", ", targets.stream().map(Pane::name).toList()) + "\n" : "");
    }

    /**
     * What {@code send --all} types into: every running agent's pane, so that a person's own shell
     * never gets an agent's answer; on a server without agents, every running pane.
     */
    private List<Pane> everyRunningAgent() {
        List<AgentListing.Entry> agents = mux.agentListing();
        Set<String> names = agents == null ? null : agents.stream().map(AgentListing.Entry::name).collect(Collectors.toSet());
        List<Pane> targets = mux.session().panes().stream()
                .filter(p -> p.status() == PaneStatus.RUNNING && (names == null || names.contains(p.name())))
                .toList();
        if (targets.isEmpty()) {
            throw new UserError(names == null ? "no running pane to send to" : "no running agent to send to",
                    "grove ls shows the panes and their states");
        }
        return targets;
    }

    /** Starts again the named panes, or with {@code --all} every pane whose process was lost when a server stopped. */
    private CommandOutcome resume(List<String> args) {
        if (args.isEmpty()) {
            throw new UserError("resume needs pane names or --all", "grove resume --all");
        }
        List<Pane> targets = new ArrayList<>();
        if (args.equals(List.of("--all"))) {
            mux.session().panes().stream().filter(Pane::interrupted).forEach(targets::add);
        } else {
            for (String name : args) {
                targets.add(pane(List.of(name)));
            }
        }
        List<String> names = new ArrayList<>();
        for (Pane p : targets) {
            mux.restartPane(p);
            names.add(p.name());
        }
        return CommandOutcome.ok(names.isEmpty() ? "nothing to resume\n" : "resumed " + String.join(", ", names) + "\n");
    }

    private CommandOutcome focus(List<String> args, AttachedClient client) {
        Pane p = pane(args);
        for (AttachedClient c : mux.clients().values()) {
            if (client == null || c == client) {
                c.focusedPaneId = p.id();
                c.dirty = true;
            }
        }
        mux.layoutChanged();
        return CommandOutcome.ok("");
    }

    private CommandOutcome detach(AttachedClient client) {
        if (client != null) {
            mux.detach(client, "detached");
            return CommandOutcome.ok("");
        }
        int n = mux.clients().size();
        for (AttachedClient c : List.copyOf(mux.clients().values())) {
            mux.detach(c, "detached by 'grove detach'");
        }
        return CommandOutcome.ok("detached " + n + " client" + (n == 1 ? "" : "s") + "\n");
    }

    private Pane pane(List<String> args) {
        if (args.size() != 1) {
            throw new UserError("expected one pane name", "'grove ls' lists the panes");
        }
        Optional<Pane> p = mux.session().byName(args.get(0));
        return p.orElseThrow(() -> new UserError("no pane named '" + args.get(0) + "'", "'grove ls' lists the panes"));
    }
}
