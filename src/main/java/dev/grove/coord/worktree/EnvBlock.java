// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * grove's marked block in a worktree's {@code .env}: the leased ports and per-worktree values.
 * Everything outside the block is kept as it is; the block goes last, so its values win over
 * earlier ones in dotenv loaders. Stateless.
 */
public final class EnvBlock {
    static final String BEGIN = "# >>> grove: leased for this worktree (managed by grove, edits are replaced)";
    static final String END = "# <<< grove";

    private EnvBlock() {}

    /** {@code text} with grove's block replaced by (or appended as) one holding {@code vars}. */
    public static String apply(String text, Map<String, String> vars) {
        List<String> kept = new ArrayList<>();
        boolean inside = false;
        for (String line : text.lines().toList()) {
            if (line.equals(BEGIN)) {
                inside = true;
                if (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                    kept.remove(kept.size() - 1);
                }
            } else if (inside && line.equals(END)) {
                inside = false;
            } else if (!inside) {
                kept.add(line);
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String line : kept) {
            out.append(line).append('\n');
        }
        if (vars.isEmpty()) {
            return out.toString();
        }
        if (!kept.isEmpty()) {
            out.append('\n');
        }
        out.append(BEGIN).append('\n');
        vars.forEach((k, v) -> out.append(k).append('=').append(quote(v)).append('\n'));
        return out.append(END).append('\n').toString();
    }

    /** Rewrites grove's block in {@code file} (created when missing and there is something to write). */
    public static void write(Path file, Map<String, String> vars) {
        try {
            boolean exists = Files.exists(file);
            if (!exists && vars.isEmpty()) {
                return;
            }
            String old = exists ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Json.writeAtomically(file, apply(old, vars));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }

    private static String quote(String v) {
        if (v.matches("[A-Za-z0-9_./:@%+,-]*")) {
            return v;
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
