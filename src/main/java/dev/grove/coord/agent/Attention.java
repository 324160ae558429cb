// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;

/**
 * An agent needs a person: which agent, which trigger, a one-line reason, and since when. The
 * server turns it into a highlighted row and border, sort-to-top, a bell and desktop
 * notification to attached clients, "needs you" in {@code grove ls}, and the configured hook.
 */
public record Attention(String agent, Trigger trigger, String reason, Instant since) {}
