// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Parallel workflows: task files (Markdown checklists or JSON lists), the batch scheduler with
 * its parallelism limit, dependencies and exclusive groups, and the batch state that lets an
 * interrupted run resume.
 */
package dev.grove.coord.flow;
