// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

/** Whether garbage collection changes anything. */
public enum GcMode { APPLY, DRY_RUN }
