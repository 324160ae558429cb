// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;
import java.util.Objects;

/**
 * Why an agent is in its state: the signal, the rule that fired ({@code profile/rule} for screen
 * rules, else null), the matched or quoted text (else null), when the evidence appeared, and a
 * sentence for people. Shown on request in the UI and in {@code grove ls --json}.
 */
public record StateReason(Signal signal, String rule, String matched, Instant at, String detail) {

    /** One line: the detail, then the rule and the matched text when there are any. */
    public String describe() {
        StringBuilder sb = new StringBuilder(detail);
        if (rule != null) {
            sb.append(" (rule ").append(rule).append(')');
        }
        if (matched != null) {
            sb.append(": \"").append(matched).append('"');
        }
        return sb.toString();
    }

    /** True when {@code other} is the same evidence (same signal, rule and text), whatever its time. */
    boolean sameEvidence(StateReason other) {
        return signal == other.signal && Objects.equals(rule, other.rule)
                && Objects.equals(matched, other.matched);
    }
}
