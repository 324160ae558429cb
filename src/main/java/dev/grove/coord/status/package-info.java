// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The coordination table file ({@code coordination/status.md}): a tolerant Markdown table parser
 * that reports problems instead of throwing, a renderer, locked atomic read-modify-write, a cheap
 * change watcher, and the lookup of the file from anywhere in a repository. No session or git
 * objects: plain files only. Values are immutable; {@link dev.grove.coord.status.StatusFile} is
 * safe to use from any thread and from several processes at once.
 */
package dev.grove.coord.status;
