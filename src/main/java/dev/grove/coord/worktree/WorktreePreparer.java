// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import dev.grove.config.RepoConfig;
import dev.grove.coord.agent.AgentEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The steps shared by new and restored worktrees: approval of setup commands and agent profiles, the registry
 * reservation (name, limit, slot, ports, exclude entries), copies and links, the {@code .env}
 * block, setup, and the launch description.
 */
final class WorktreePreparer {
    private final RepoContext ctx;

    WorktreePreparer(RepoContext ctx) {
        this.ctx = ctx;
    }

    /** Throws unless the repository's setup commands and agent profiles are approved on this machine. */
    void requireApproval() {
        ctx.trust().require(ctx.approvals);
    }

    /** Throws unless no live agent is called {@code name} (checked again under the lock when reserving). */
    void requireNameFree(String name) {
        if (ctx.registry.list().stream().anyMatch(a -> a.live() && a.name().equals(name))) {
            throw nameInUse(name);
        }
    }

    private static UserError nameInUse(String name) {
        return new UserError("the name '" + name + "' is in use by another agent",
                "pick another name, or remove that agent with 'grove rm " + name + "'");
    }

    /** Reserves {@code draft}'s name, slot and ports under the registry lock. */
    WorktreeCreator.Reservation reserve(AgentRecord draft) {
        Path path = Path.of(draft.worktree());
        return ctx.registry.update(agents -> {
            List<AgentRecord> live = agents.stream().filter(AgentRecord::live).toList();
            if (live.stream().anyMatch(a -> a.name().equals(draft.name()))) {
                throw nameInUse(draft.name());
            }
            if (live.stream().anyMatch(a -> a.branch().equals(draft.branch()))) {
                throw new UserError("branch '" + draft.branch() + "' belongs to another agent", "choose another branch");
            }
            int max = ctx.config.worktrees().max();
            if (live.size() >= max) {
                throw new UserError("already " + live.size() + " worktrees, the limit is " + max,
                        "remove finished ones ('grove rm NAME', 'grove gc') or raise worktrees.max in "
                                + RepoConfig.PATH);
            }
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserError("the directory " + path + " already exists", "remove it or pick another name");
            }
            Lease lease = ctx.leases.choose(ctx.config.ports(), live);
            AgentRecord reserved = new AgentRecord(draft.name(), draft.task(), draft.branch(), draft.branchCreated(),
                    draft.baseRef(), draft.baseCommit(), draft.worktree(), lease.slot(), lease.ports(),
                    values(draft, lease), draft.scope(), draft.profile(), draft.command(), draft.phase(),
                    draft.createdAt(), null, null, null, null, null);
            agents.removeIf(a -> a.name().equals(draft.name()));
            agents.add(reserved);
            InfoExclude.ensure(ctx.layout.commonDir(), excludePatterns());
            return new WorktreeCreator.Reservation(reserved, warnings(live));
        });
    }

    private List<String> warnings(List<AgentRecord> live) {
        long active = live.stream().filter(a -> a.phase() != AgentRecord.Phase.MERGED).count() + 1;
        int parallelism = ctx.config.worktrees().parallelism();
        if (active > parallelism) {
            return List.of(active + " agents are active, more than the configured parallelism of " + parallelism
                    + " (worktrees.parallelism in " + RepoConfig.PATH + ")");
        }
        return List.of();
    }

    private List<String> excludePatterns() {
        List<String> patterns = new ArrayList<>();
        Path main = ctx.layout.mainWorktree();
        for (Path dir : List.of(ctx.worktreeRoot(), ctx.statusFile().getParent())) {
            if (dir.startsWith(main) && !dir.equals(main)) {
                patterns.add("/" + main.relativize(dir).toString().replace('\\', '/') + "/");
            }
        }
        return patterns;
    }

    private Map<String, String> values(AgentRecord a, Lease lease) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.config.env().forEach((key, template) -> {
            String v = template.replace("{name}", a.name()).replace("{slot}", Integer.toString(lease.slot()))
                    .replace("{branch}", a.branch());
            for (Map.Entry<String, Integer> p : lease.ports().entrySet()) {
                v = v.replace("{" + p.getKey() + "}", Integer.toString(p.getValue()));
            }
            values.put(key, v);
        });
        return values;
    }

    /** Copies, links, {@code .env} block and setup; returns the record marked active. */
    AgentRecord prepare(AgentRecord a, Consumer<SetupEvent> progress) {
        Path wt = Path.of(a.worktree());
        Path main = ctx.layout.mainWorktree();
        for (String p : ctx.config.copy()) {
            if (Files.exists(main.resolve(p)) && !Files.exists(wt.resolve(p), LinkOption.NOFOLLOW_LINKS)) {
                copy(main.resolve(p), wt.resolve(p));
                progress.accept(new SetupEvent.Step("copied " + p));
            }
        }
        for (String p : ctx.config.link()) {
            if (Files.exists(main.resolve(p)) && !Files.exists(wt.resolve(p), LinkOption.NOFOLLOW_LINKS)) {
                link(main.resolve(p), wt.resolve(p));
                progress.accept(new SetupEvent.Step("linked " + p));
            }
        }
        Map<String, String> leased = leasedVariables(a);
        EnvBlock.write(wt.resolve(ctx.config.envFile()), leased);
        if (!leased.isEmpty()) {
            progress.accept(new SetupEvent.Step("wrote " + leased.keySet() + " to " + ctx.config.envFile()));
        }
        SetupRunner.run(ctx.config.setup(), wt, environment(a, null, null),
                ctx.layout.stateDir().resolve("setup").resolve(a.name() + ".log"), progress);
        AgentRecord ready = a.withPhase(AgentRecord.Phase.ACTIVE);
        ctx.registry.put(ready);
        return ready;
    }

    /** The leased ports and templated values of an agent. */
    static Map<String, String> leasedVariables(AgentRecord a) {
        Map<String, String> vars = new LinkedHashMap<>();
        a.ports().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> vars.put(e.getKey(), Integer.toString(e.getValue())));
        vars.putAll(new TreeMap<>(a.values()));
        return vars;
    }

    /** The variables an agent's processes get on top of the inherited environment. */
    Map<String, String> environment(AgentRecord a, String prompt, String socket) {
        Map<String, String> env = new LinkedHashMap<>(new AgentEnvironment(a.name(), a.task(), Path.of(a.worktree()),
                a.branch(), a.baseRef(), ctx.statusFile(), socket == null ? null : Path.of(socket), Map.of()).toMap());
        if (prompt != null) {
            env.put("GROVE_PROMPT", prompt);
        }
        env.putAll(leasedVariables(a));
        return env;
    }

    AgentLaunch launch(AgentRecord a, NewAgent req) {
        return new AgentLaunch(a.name(), Path.of(a.worktree()), environment(a, req.prompt(), req.socket()),
                a.command());
    }

    private static void link(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.createSymbolicLink(target, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + target + " to " + source, e);
        }
    }

    private static void copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(source.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }
}
