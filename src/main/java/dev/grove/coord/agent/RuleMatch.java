// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

/** A screen rule that matched, and the text it matched (trimmed, at most 200 characters). */
public record RuleMatch(ScreenRule rule, String text) {}
