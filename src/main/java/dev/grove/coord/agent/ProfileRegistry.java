// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import dev.grove.common.UserError;
import dev.grove.config.AgentProfileConfig;
import dev.grove.config.AgentProfiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every agent profile grove knows: the built-in ones ({@code claude}, {@code codex},
 * {@code aider}, {@code gemini}, {@code shell}, {@code demo}), then the repository's
 * {@code .grove/config.json}, then the user's config; a later layer changes the fields it sets
 * in a profile of the same name, or adds profiles ({@code extends} starts from another one).
 * Every profile is validated when loaded, so a bad rule is an error at start-up naming the file,
 * profile and rule. Immutable.
 */
public final class ProfileRegistry {
    private final Map<String, AgentProfile> profiles;

    private ProfileRegistry(Map<String, AgentProfile> profiles) {
        this.profiles = profiles;
    }

    /** The built-in profiles only. */
    public static ProfileRegistry builtin() {
        return load(null, null);
    }

    /**
     * The built-in profiles overlaid with those in {@code repositoryConfig} and then
     * {@code userConfig}; either may be null or missing.
     *
     * @throws UserError naming the file, profile and field of the first invalid definition
     */
    public static ProfileRegistry load(Path repositoryConfig, Path userConfig) {
        Layers layers = new Layers();
        layers.add(AgentProfiles.builtin(), ProfileSource.BUILTIN, "built-in profiles");
        if (repositoryConfig != null) {
            layers.add(AgentProfiles.read(repositoryConfig), ProfileSource.REPOSITORY, repositoryConfig.toString());
        }
        if (userConfig != null) {
            layers.add(AgentProfiles.read(userConfig), ProfileSource.USER, userConfig.toString());
        }
        return new ProfileRegistry(layers.build());
    }

    /** The profile named {@code name}. */
    public Optional<AgentProfile> find(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    /**
     * The profile named {@code name}.
     *
     * @throws UserError listing the known profiles when there is none of that name
     */
    public AgentProfile lookup(String name) {
        AgentProfile p = profiles.get(name);
        if (p == null) {
            throw new UserError("unknown agent profile '" + name + "'",
                    "known profiles: " + String.join(", ", names())
                            + "; add one under \"agents\" in .grove/config.json");
        }
        return p;
    }

    /** Profile names, built-in ones first, in definition order. */
    public List<String> names() {
        return new ArrayList<>(profiles.keySet());
    }

    /** The config layers, merged by name and then validated. */
    private static final class Layers {
        private final Map<String, AgentProfileConfig> merged = new LinkedHashMap<>();
        private final Map<String, ProfileSource> sources = new LinkedHashMap<>();
        private final Map<String, String> origins = new LinkedHashMap<>();

        void add(Map<String, AgentProfileConfig> layer, ProfileSource source, String origin) {
            for (Map.Entry<String, AgentProfileConfig> e : layer.entrySet()) {
                String name = e.getKey();
                AgentProfileConfig top = e.getValue();
                AgentProfileConfig bottom = merged.get(name);
                if (top.base() != null) {
                    bottom = merged.get(top.base());
                    if (bottom == null) {
                        throw new UserError(origin + ": agent profile '" + name + "' extends unknown profile '"
                                + top.base() + "'",
                                "profiles defined before it: " + String.join(", ", merged.keySet()));
                    }
                }
                merged.put(name, bottom == null ? top : bottom.overriddenBy(top));
                sources.put(name, source);
                origins.put(name, origin);
            }
        }

        Map<String, AgentProfile> build() {
            Map<String, AgentProfile> out = new LinkedHashMap<>();
            for (Map.Entry<String, AgentProfileConfig> e : merged.entrySet()) {
                String name = e.getKey();
                out.put(name, ProfileValidator.validate(name, e.getValue(), sources.get(name), origins.get(name)));
            }
            return out;
        }
    }
}
