// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import dev.grove.coord.agent.AgentEnvironment;
import dev.grove.coord.worktree.AgentLaunch;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.MergeMode;
import dev.grove.coord.worktree.NewAgent;
import dev.grove.coord.worktree.QueueReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Starts each task's agent in a new worktree as a background process with no terminal: its
 * output goes to {@code <log dir>/NAME.log}, and a small shell wrapper records its exit code,
 * runs the check ({@code NAME.check.log}) and marks the end in files, so a runner that was
 * interrupted can pick the task up again by its process id and those files (an agent pane that
 * lost its process with a stopped server is started again). Passing tasks are
 * merged through the merge queue when the batch says so. Agents run in a session of their own
 * (via {@code setsid} when present), so interrupting the runner leaves them running. Used from
 * the runner's thread only.
 */
public final class AgentProcessLauncher implements TaskLauncher {
    /** Records its pid, runs the agent, then its exit code, the check and the end, in files. */
    private static final String WRAPPER = "p=\"$0\"; echo $$ > \"$p.pid\"; \"$@\"; c=$?; echo $c > \"$p.exit\"; "
            + "if [ $c -eq 0 ] && [ -n \"$GROVE_BATCH_CHECK\" ]; then "
            + "sh -c \"$GROVE_BATCH_CHECK\" > \"$p.check.log\" 2>&1 </dev/null; echo $? > \"$p.check-exit\"; fi; "
            + ": > \"$p.done\"";

    /** How long a pane may take to start its agent before the task fails. */
    private static final Duration PANE_START_LIMIT = Duration.ofSeconds(60);

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final AgentWorktrees worktrees;
    private final BatchSpec spec;
    private final Path logDir;
    private final AgentStates states;
    private final Clock clock;
    private PaneStarter panes;

    /** {@code states} tells when an agent waits for input (past the spec's timeout it is stopped and fails). */
    public AgentProcessLauncher(AgentWorktrees worktrees, BatchSpec spec, Path logDir, AgentStates states,
            Clock clock) {
        this.worktrees = worktrees;
        this.spec = spec;
        this.logDir = logDir;
        this.states = states;
        this.clock = clock;
    }

    /**
     * Opens agents as panes through {@code panes} (a person can then attach and answer them)
     * instead of detached processes; null keeps detached processes.
     */
    public AgentProcessLauncher inPanes(PaneStarter panes) {
        this.panes = panes;
        return this;
    }

    @Override
    public RunningTask start(FlowTask task) {
        try {
            Files.createDirectories(logDir);
            NewAgent request = new NewAgent(task.name(), task.text(), null, null, task.scope(), spec.profile(),
                    spec.commandFor(task), spec.profile() == null ? null : task.text(), null);
            AgentLaunch launch = worktrees.create(request, e -> { }).launch();
            if (panes != null) {
                openPane(launch);
                return new Watched(task.name(), null);
            }
            return new Watched(task.name(), launch(launch).pid());
        } catch (UserError e) {
            return failedToStart(e.getMessage());
        } catch (IOException e) {
            return failedToStart("cannot start: " + e.getMessage());
        }
    }

    @Override
    public RunningTask resume(FlowTask task, TaskRun run) {
        return new Watched(task.name(), run.pid());
    }

    private void openPane(AgentLaunch launch) {
        List<String> argv = new ArrayList<>(List.of("sh", "-c", WRAPPER, prefix(launch.name()).toString()));
        argv.addAll(launch.command());
        Map<String, String> env = new HashMap<>(launch.env());
        env.put(AgentEnvironment.BATCH, batchId());
        if (spec.check() != null) {
            env.put("GROVE_BATCH_CHECK", spec.check());
        }
        panes.open(new AgentLaunch(launch.name(), launch.worktree(), env, argv));
    }

    private Process launch(AgentLaunch launch) throws IOException {
        List<String> argv = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            argv.add(SETSID.toString());
        }
        argv.addAll(List.of("sh", "-c", WRAPPER, prefix(launch.name()).toString()));
        argv.addAll(launch.command());
        // Detached agents get no terminal: a question reads end of file instead of hanging.
        ProcessBuilder pb = new ProcessBuilder(argv).directory(launch.worktree().toFile())
                .redirectErrorStream(true)
                .redirectOutput(prefix(launch.name() + ".log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(launch.env());
        pb.environment().remove("GROVE_BATCH_CHECK");
        if (spec.check() != null) {
            pb.environment().put("GROVE_BATCH_CHECK", spec.check());
        }
        return pb.start();
    }

    /** The batch's id: its log directory is named after it. */
    private String batchId() {
        return logDir.getFileName().toString();
    }

    private Path prefix(String name) {
        return logDir.resolve(name);
    }

    private static RunningTask failedToStart(String reason) {
        return new RunningTask() {
            @Override
            public Long pid() {
                return null;
            }

            @Override
            public TaskEnd poll() {
                return TaskEnd.failed(null, reason);
            }
        };
    }

    /** A task's agent watched through its wrapper's files and its process id. */
    private final class Watched implements RunningTask {
        private final String name;
        private Instant started;
        private Long pid;
        private boolean resumed;
        private Instant waitingSince;

        /** {@code pid} is null for an agent in a pane: its wrapper writes it to a file. */
        Watched(String name, Long pid) {
            this.name = name;
            this.pid = pid;
            this.started = clock.instant();
        }

        @Override
        public Long pid() {
            return pid;
        }

        @Override
        public TaskEnd poll() {
            if (Files.exists(prefix(name + ".done"))) {
                return ended();
            }
            if (pid == null) {
                Integer written = readCode(name + ".pid");
                if (written == null) {
                    boolean late = Duration.between(started, clock.instant()).compareTo(PANE_START_LIMIT) > 0;
                    return late ? TaskEnd.failed(null, "the agent's pane did not start within "
                            + PANE_START_LIMIT.toSeconds() + "s") : null;
                }
                pid = written.longValue();
            }
            Optional<ProcessHandle> process = pid == null ? Optional.empty() : ProcessHandle.of(pid);
            if (process.map(ProcessHandle::isAlive).orElse(false)) {
                return waitedTooLong() ? stop(process.get()) : null;
            }
            if (Files.exists(prefix(name + ".done"))) {
                return ended();
            }
            if (resumedLostPane()) {
                return null;
            }
            return TaskEnd.failed(readCode(name + ".exit"), "the agent's process ended without finishing its task");
        }

        /**
         * An agent whose pane lost its process with a stopped server is started again in its
         * worktree, once per runner; its wrapper then writes a new process id.
         */
        private boolean resumedLostPane() {
            if (panes == null || resumed) {
                return false;
            }
            resumed = true;
            try {
                Files.deleteIfExists(prefix(name + ".pid"));
            } catch (IOException e) {
                return false;
            }
            if (!panes.resumeLost(name)) {
                return false;
            }
            pid = null;
            started = clock.instant();
            return true;
        }

        private boolean waitedTooLong() {
            if (!"Waiting for input".equalsIgnoreCase(states.state(name))) {
                waitingSince = null;
                return false;
            }
            Instant now = clock.instant();
            waitingSince = waitingSince == null ? now : waitingSince;
            return Duration.between(waitingSince, now).compareTo(spec.inputTimeout()) > 0;
        }

        private TaskEnd stop(ProcessHandle process) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return TaskEnd.failed(null, "waited for input longer than " + spec.inputTimeout().toSeconds() + "s");
        }

        private TaskEnd ended() {
            Integer exit = readCode(name + ".exit");
            if (exit == null || exit != 0) {
                return TaskEnd.failed(exit, "the agent exited with " + exit + " (log: " + prefix(name + ".log") + ")");
            }
            String check = null;
            if (spec.check() != null) {
                Integer code = readCode(name + ".check-exit");
                check = code != null && code == 0 ? "passed" : "failed";
                if (code == null || code != 0) {
                    return new TaskEnd(false, exit, check, null, "check failed (log: " + prefix(name + ".check.log")
                            + ")");
                }
            }
            return spec.mergeAuto() ? merge(exit, check) : new TaskEnd(true, exit, check, null, null);
        }

        private TaskEnd merge(Integer exit, String check) {
            try {
                QueueReport r = worktrees.mergeQueue(List.of(name), MergeMode.MERGE, null);
                if (r.complete() && !r.landed().isEmpty()) {
                    return new TaskEnd(true, exit, check, "landed " + r.landed().get(0).commit(), null);
                }
                String why = r.stoppedAt() == null ? "nothing landed" : r.stoppedAt().reason();
                return new TaskEnd(false, exit, check, "refused: " + why, "merge refused: " + why);
            } catch (UserError e) {
                return new TaskEnd(false, exit, check, "refused: " + e.getMessage(), "merge refused: " + e.getMessage());
            }
        }

        private Integer readCode(String file) {
            try {
                String text = Files.readString(prefix(file), StandardCharsets.UTF_8).strip();
                return text.isEmpty() ? null : Integer.valueOf(text);
            } catch (IOException | NumberFormatException e) {
                return null;
            }
        }
    }
}
