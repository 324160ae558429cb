// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.time.Instant;

/** One commit as shown in a review: full id, abbreviated id, first line, author, commit time. */
public record CommitInfo(String id, String shortId, String subject, String author, Instant time) {}
