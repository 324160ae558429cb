// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import dev.grove.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Where one server keeps its socket and its files. Repository mode: one server per repository,
 * state in the common git directory's {@code grove/}, socket {@code NAME-HASH} in the socket
 * directory. Plain mode: socket {@code default} in the socket directory, or the path given with
 * {@code -S}; state under {@code $XDG_STATE_HOME/grove/servers/}. Nothing is created here except
 * the checked socket directory.
 *
 * @param repo the repository this server belongs to, empty in plain mode
 */
public record StateDirs(Path socket, Path stateDir, Optional<RepoDirs> repo) {
    /** Socket name of the plain-mode server when no {@code -S} is given. */
    public static final String DEFAULT_SOCKET = "default";

    /**
     * Resolves the dirs for a command run in {@code cwd}: {@code explicitSocket} (from -S) wins;
     * otherwise the repository containing {@code cwd}; otherwise the default plain server.
     */
    public static StateDirs resolve(Path explicitSocket, Path cwd, Map<String, String> env) {
        if (explicitSocket != null) {
            return forSocket(explicitSocket.toAbsolutePath().normalize(), env);
        }
        Optional<RepoDirs> repo = RepoDirs.find(cwd);
        if (repo.isPresent()) {
            return forRepository(repo.get(), env);
        }
        return forSocket(SocketDirs.privateDir(env).resolve(DEFAULT_SOCKET), env);
    }

    /** The server of {@code repo}. */
    public static StateDirs forRepository(RepoDirs repo, Map<String, String> env) {
        Path common = repo.commonGitDir().toAbsolutePath().normalize();
        Path socket = SocketDirs.privateDir(env).resolve(safeName(repo.name()) + "-" + shortHash(common.toString()));
        return new StateDirs(SocketDirs.checkLength(socket), common.resolve("grove"), Optional.of(repo));
    }

    /** A plain-mode server listening on {@code socket}. */
    public static StateDirs forSocket(Path socket, Map<String, String> env) {
        String name = socket.getFileName().toString();
        String key = name.equals(DEFAULT_SOCKET) && socket.getParent().equals(SocketDirs.locate(env))
                ? DEFAULT_SOCKET : safeName(name) + "-" + shortHash(socket.toString());
        return new StateDirs(SocketDirs.checkLength(socket), stateHome(env).resolve("grove").resolve("servers").resolve(key),
                Optional.empty());
    }

    /** Raw output logs of the panes, one {@code NAME.log} each. */
    public Path logsDir() {
        return stateDir.resolve("logs");
    }

    /** The server's own log (its stdout and stderr). */
    public Path serverLog() {
        return stateDir.resolve("server.log");
    }

    private static Path stateHome(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "state");
    }

    private static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 24 ? safe.substring(0, 24) : safe;
    }

    private static String shortHash(String text) {
        return HexFormat.of().formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 4);
    }
}
