// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import dev.grove.common.UserError;
import dev.grove.config.AgentProfileConfig;
import dev.grove.config.ScreenRuleConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns a merged profile definition into an {@link AgentProfile}, or says precisely what is wrong. */
final class ProfileValidator {
    private static final Duration DEFAULT_SETTLE = Duration.ofMillis(1500);

    private final String where;

    private ProfileValidator(String origin, String name) {
        this.where = origin + ": agent profile '" + name + "'";
    }

    static AgentProfile validate(String name, AgentProfileConfig c, ProfileSource source, String origin) {
        return new ProfileValidator(origin, name).build(name, c, source);
    }

    private AgentProfile build(String name, AgentProfileConfig c, ProfileSource source) {
        if (c.command() == null || c.command().isEmpty() || c.command().get(0).isBlank()) {
            throw error("has no command", "set \"command\": [\"program\", \"arg\", ...]");
        }
        long settle = c.settleMillis() == null ? DEFAULT_SETTLE.toMillis() : c.settleMillis();
        if (settle < 0) {
            throw error("has a negative settleMillis", "use a number of milliseconds, e.g. 1500");
        }
        List<ScreenRule> rules = new ArrayList<>();
        for (ScreenRuleConfig r : c.rules() == null ? List.<ScreenRuleConfig>of() : c.rules()) {
            rules.add(rule(r, rules.size()));
        }
        List<Pattern> errors = new ArrayList<>();
        for (String p : c.errorPatterns() == null ? List.<String>of() : c.errorPatterns()) {
            errors.add(compile(p, "error pattern '" + p + "'"));
        }
        return new AgentProfile(name, c.description() == null ? name : c.description(), c.command(), delivery(c),
                c.promptArgs() == null ? List.of("{prompt}") : c.promptArgs(), Optional.ofNullable(c.resumeArgs()),
                Duration.ofMillis(settle), rules, errors, source);
    }

    private PromptDelivery delivery(AgentProfileConfig c) {
        String p = c.prompt() == null ? "argument" : c.prompt();
        try {
            return PromptDelivery.valueOf(p.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("has prompt '" + p + "'", "use \"argument\", \"typed\" or \"none\"");
        }
    }

    private ScreenRule rule(ScreenRuleConfig r, int index) {
        String name = r.name() == null ? "rule-" + (index + 1) : r.name();
        String what = "rule '" + name + "'";
        if (r.match() == null || r.match().isEmpty()) {
            throw error(what + " has no match pattern", "set \"match\" to a regular expression");
        }
        if (r.state() == null) {
            throw error(what + " has no state", "set \"state\" to " + RuleStates.NAMES);
        }
        AgentState state = RuleStates.parse(r.state())
                .orElseThrow(() -> error(what + " has unknown state '" + r.state() + "'",
                        "use one of " + RuleStates.NAMES));
        int lines = r.lines() == null ? 0 : r.lines();
        if (lines < 0) {
            throw error(what + " has negative lines", "use 0 (whole screen) or the number of bottom rows to search");
        }
        return new ScreenRule(name, state, compile(r.match(), what), lines);
    }

    private Pattern compile(String regex, String what) {
        try {
            return Pattern.compile(regex, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw error(what + " is not a valid regular expression: " + e.getDescription(),
                    "fix the pattern near index " + e.getIndex());
        }
    }

    private UserError error(String problem, String hint) {
        return new UserError(where + " " + problem, hint);
    }
}
