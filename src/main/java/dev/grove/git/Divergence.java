// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

/** How far a branch and its base have moved apart: commits only on the branch, commits only on the base. */
public record Divergence(int ahead, int behind) {}
