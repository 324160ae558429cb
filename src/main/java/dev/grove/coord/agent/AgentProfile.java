// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How grove runs and reads one kind of agent: its command, how the first prompt reaches it, how
 * to resume it after a restart, how long output must be quiet before its screen counts as
 * settled, its screen rules (in priority order) and the patterns of its error lines. Immutable.
 *
 * <p>Arguments may hold placeholders {@code {prompt}} (the task's prompt text) and
 * {@code {grove_home}} (grove's installation directory); see {@link #launchArgv}.
 */
public record AgentProfile(
        String name,
        String description,
        List<String> command,
        PromptDelivery prompt,
        List<String> promptArgs,
        Optional<List<String>> resumeArgs,
        Duration settle,
        List<ScreenRule> rules,
        List<Pattern> errorPatterns,
        ProfileSource source) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public AgentProfile {
        command = List.copyOf(command);
        promptArgs = List.copyOf(promptArgs);
        resumeArgs = resumeArgs.map(List::copyOf);
        rules = List.copyOf(rules);
        errorPatterns = List.copyOf(errorPatterns);
    }

    /**
     * The command line to start the agent on {@code prompt} (may be empty): the command, then the
     * prompt arguments when the profile passes prompts as arguments and there is a prompt.
     * {@code vars} fills placeholders other than {@code {prompt}} (e.g. {@code grove_home});
     * unknown placeholders are left as written.
     */
    public List<String> launchArgv(String prompt, Map<String, String> vars) {
        List<String> argv = new ArrayList<>(substitute(command, prompt, vars));
        if (this.prompt == PromptDelivery.ARGUMENT && prompt != null && !prompt.isEmpty()) {
            argv.addAll(substitute(promptArgs, prompt, vars));
        }
        return argv;
    }

    /**
     * The command line to resume the agent after its process ended (server restart, crash): the
     * command plus the resume arguments, or, for a profile that cannot resume, the launch command.
     */
    public List<String> resumeArgv(String prompt, Map<String, String> vars) {
        if (resumeArgs.isEmpty()) {
            return launchArgv(prompt, vars);
        }
        List<String> argv = new ArrayList<>(substitute(command, prompt, vars));
        argv.addAll(substitute(resumeArgs.get(), prompt, vars));
        return argv;
    }

    /** The text to type into the pane once the agent is ready, when the profile types prompts. */
    public Optional<String> typedPrompt(String prompt) {
        boolean typed = this.prompt == PromptDelivery.TYPED && prompt != null && !prompt.isEmpty();
        return typed ? Optional.of(prompt) : Optional.empty();
    }

    /** {@code args} with {@code {prompt}} and the {@code vars} placeholders replaced. */
    public static List<String> substitute(List<String> args, String prompt, Map<String, String> vars) {
        List<String> out = new ArrayList<>(args.size());
        for (String arg : args) {
            Matcher m = PLACEHOLDER.matcher(arg);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String key = m.group(1);
                String value = key.equals("prompt") ? (prompt == null ? "" : prompt) : vars.get(key);
                m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }
}
