// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.grove.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository's {@code .grove/config.json}, committed by the team: where worktrees go, what a
 * new worktree needs (files to copy or link from the main worktree, setup commands, port
 * leases, per-worktree values). Every key is optional; {@code agents} (agent profiles) belongs to
 * {@link AgentProfiles} and is skipped here. The file comes with
 * the repository and is untrusted: paths must stay inside the repository, and setup commands
 * run only once approved (see {@link Approvals}). Immutable.
 *
 * @param worktrees where worktrees and branches go, and the limits
 * @param copy files or directories copied from the main worktree (missing ones are skipped)
 * @param link files or directories symlinked from the main worktree (missing ones are skipped)
 * @param setup shell commands run in each new worktree, in order
 * @param ports port variable to base port; worktree slot i gets base + i
 * @param env variable to template; {@code {name}}, {@code {slot}}, {@code {branch}} and port
 *     names in braces are replaced
 * @param envFile the worktree file that receives grove's block of variables
 * @param statusFile the coordination file, relative to the main worktree
 */
@JsonIgnoreProperties({"agents"})
public record RepoConfig(
        Worktrees worktrees,
        List<String> copy,
        List<String> link,
        List<String> setup,
        Map<String, Integer> ports,
        Map<String, String> env,
        String envFile,
        String statusFile) {

    /** The file's location inside a repository. */
    public static final String PATH = ".grove/config.json";

    private static final Pattern VAR = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    /**
     * Worktree placement and limits.
     *
     * @param dir directory holding the worktrees, relative to the main worktree or absolute
     * @param branchPrefix prefix of new branches ({@code grove/} gives {@code grove/NAME})
     * @param max most worktrees at once
     * @param parallelism active agents beyond which grove warns
     * @param gcIdleHours idle time after which a clean, merged worktree is collected
     */
    public record Worktrees(String dir, String branchPrefix, Integer max, Integer parallelism, Integer gcIdleHours) {
        public Worktrees {
            dir = dir == null ? ".trees" : dir;
            branchPrefix = branchPrefix == null ? "grove/" : branchPrefix;
            max = max == null ? 20 : max;
            parallelism = parallelism == null ? 5 : parallelism;
            gcIdleHours = gcIdleHours == null ? 6 : gcIdleHours;
        }
    }

    public RepoConfig {
        worktrees = worktrees == null ? new Worktrees(null, null, null, null, null) : worktrees;
        copy = copy == null ? List.of() : List.copyOf(copy);
        link = link == null ? List.of() : List.copyOf(link);
        setup = setup == null ? List.of() : List.copyOf(setup);
        ports = ports == null ? Map.of() : new LinkedHashMap<>(ports);
        env = env == null ? Map.of() : new LinkedHashMap<>(env);
        envFile = envFile == null ? ".env" : envFile;
        statusFile = statusFile == null ? "coordination/status.md" : statusFile;
    }

    /** The defaults: no copies, no setup, no ports. */
    public static RepoConfig defaults() {
        return new RepoConfig(null, null, null, null, null, null, null, null);
    }

    /**
     * Reads {@code .grove/config.json} of the repository whose main worktree is {@code mainWorktree};
     * the defaults when there is none.
     *
     * @throws UserError naming the file, position and key when it is invalid
     */
    public static RepoConfig load(Path mainWorktree) {
        Path file = mainWorktree.resolve(PATH);
        if (!Files.exists(file)) {
            return defaults();
        }
        RepoConfig c = Json.read(file, RepoConfig.class);
        c.validate(file);
        return c;
    }

    /** Parses config text; {@code origin} names it in errors. */
    public static RepoConfig parse(String json, String origin) {
        RepoConfig c = Json.parse(json, origin, RepoConfig.class);
        c.validate(Path.of(origin));
        return c;
    }

    private void validate(Path file) {
        if (worktrees.max() < 1 || worktrees.parallelism() < 1 || worktrees.gcIdleHours() < 0) {
            throw invalid(file, "worktrees.max and worktrees.parallelism must be at least 1, gcIdleHours at least 0");
        }
        for (String p : concat(copy, link, List.of(envFile, statusFile))) {
            if (!insideRepository(p)) {
                throw invalid(file, "path '" + p + "' must be relative and stay inside the repository");
            }
        }
        ports.forEach((name, base) -> {
            if (!VAR.matcher(name).matches() || base == null || base < 1 || base > 65535 - worktrees.max()) {
                throw invalid(file, "ports." + name + " must be a variable name with a base port between 1 and "
                        + (65535 - worktrees.max()));
            }
        });
        env.forEach((name, template) -> checkTemplate(file, name, template));
    }

    private void checkTemplate(Path file, String name, String template) {
        if (!VAR.matcher(name).matches() || template == null) {
            throw invalid(file, "env." + name + " must be a variable name with a text value");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String key = m.group(1);
            if (!key.equals("name") && !key.equals("slot") && !key.equals("branch") && !ports.containsKey(key)) {
                throw invalid(file, "env." + name + " uses unknown placeholder {" + key + "}");
            }
        }
    }

    private static boolean insideRepository(String p) {
        Path path = Path.of(p);
        return !p.isBlank() && !path.isAbsolute() && !path.normalize().startsWith("..") && !p.contains("\0");
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static UserError invalid(Path file, String what) {
        return new UserError(file + ": " + what, "fix " + PATH + " (see the README, 'Worktrees, review and merge')");
    }
}
