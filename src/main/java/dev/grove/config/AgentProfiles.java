// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.grove.common.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads agent profiles from config files: the {@code agents} object, profile name to
 * {@link AgentProfileConfig}. Other top-level keys belong to other parts of the config and are
 * left to their readers; inside {@code agents} unknown keys are errors naming file, line and column.
 */
public final class AgentProfiles {
    /** Class-path resource holding grove's built-in profiles. */
    public static final String BUILTIN_RESOURCE = "/agent-profiles.json";

    /** The part of a config file this class reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(Map<String, AgentProfileConfig> agents) {}

    private AgentProfiles() {}

    /** The profiles in {@code configFile}, in file order; empty when the file does not exist. */
    public static Map<String, AgentProfileConfig> read(Path configFile) {
        if (!Files.exists(configFile)) {
            return Map.of();
        }
        try {
            return parse(Files.readString(configFile, StandardCharsets.UTF_8), configFile.toString());
        } catch (IOException e) {
            throw new UserError("cannot read " + configFile + ": " + e.getMessage());
        }
    }

    /** The profiles in JSON {@code text}; {@code origin} names the text in errors. */
    public static Map<String, AgentProfileConfig> parse(String text, String origin) {
        Document doc = Json.parse(text, origin, Document.class);
        return doc == null || doc.agents() == null ? Map.of() : new LinkedHashMap<>(doc.agents());
    }

    /** grove's built-in profiles. */
    public static Map<String, AgentProfileConfig> builtin() {
        try (InputStream in = AgentProfiles.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + BUILTIN_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + BUILTIN_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILTIN_RESOURCE, e);
        }
    }
}
