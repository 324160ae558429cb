// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

/**
 * One screen rule of an agent profile as written in config: {@code name} (shown as the reason),
 * {@code state} ({@code waiting}, {@code working}, {@code idle}, {@code rate-limited},
 * {@code failed}, {@code complete}), {@code match} (a Java regular expression, matched in MULTILINE
 * mode against the screen's text) and {@code lines} (only the last N non-blank rows of the screen;
 * absent or 0 means the whole screen). Validated by the profile registry, not here.
 */
public record ScreenRuleConfig(String name, String state, String match, Integer lines) {}
