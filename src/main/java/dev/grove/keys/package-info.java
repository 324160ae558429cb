// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Client input: decodes the bytes a client's terminal sends into keys, pastes, mouse and focus
 * events; re-encodes them for a pane's terminal modes; maps keys to grove's actions (prefix
 * and bindings). Pure: no threads, no I/O. Decoders are stateful and not thread-safe.
 */
package dev.grove.keys;
