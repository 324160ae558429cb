// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An agent profile as written in config (the {@code agents} object of {@code .grove/config.json},
 * the user config, or grove's built-in {@code agent-profiles.json}). Every field may be absent:
 * a profile with the name of one in a lower layer (built-in, then repository, then user) changes
 * only the fields it sets, and {@code extends} names another profile to start from.
 *
 * <ul>
 *   <li>{@code command}: program and arguments;
 *   <li>{@code prompt}: how the first prompt is passed: {@code argument} (appended as
 *       {@code promptArgs}, where {@code {prompt}} stands for the text), {@code typed} (typed into
 *       the pane once the agent is ready), or {@code none};
 *   <li>{@code resumeArgs}: arguments appended to {@code command} to resume after a restart;
 *   <li>{@code settleMillis}: how long output must be quiet before the screen counts as settled;
 *   <li>{@code rules}: screen rules, see {@link ScreenRuleConfig};
 *   <li>{@code errorPatterns}: regular expressions of error lines, for the repeated-errors trigger.
 * </ul>
 */
public record AgentProfileConfig(
        String description,
        @JsonProperty("extends") String base,
        List<String> command,
        String prompt,
        List<String> promptArgs,
        List<String> resumeArgs,
        Long settleMillis,
        List<ScreenRuleConfig> rules,
        List<String> errorPatterns) {

    /** This profile with every field {@code top} sets replaced by {@code top}'s value. */
    public AgentProfileConfig overriddenBy(AgentProfileConfig top) {
        return new AgentProfileConfig(
                pick(top.description, description),
                top.base,
                pick(top.command, command),
                pick(top.prompt, prompt),
                pick(top.promptArgs, promptArgs),
                pick(top.resumeArgs, resumeArgs),
                pick(top.settleMillis, settleMillis),
                pick(top.rules, rules),
                pick(top.errorPatterns, errorPatterns));
    }

    private static <T> T pick(T top, T bottom) {
        return top != null ? top : bottom;
    }
}
