// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parsing and comparing git versions. */
class GitVersionTest {
    @Test
    void parsesCommonFormats() {
        assertEquals(new GitVersion(2, 39, 5), GitVersion.parse("git version 2.39.5\n"));
        assertEquals(new GitVersion(2, 45, 0), GitVersion.parse("git version 2.45.0.windows.1"));
        assertEquals(new GitVersion(2, 37, 1), GitVersion.parse("git version 2.37.1 (Apple Git-137.1)"));
        assertEquals(new GitVersion(3, 0, 0), GitVersion.parse("git version 3.0"));
    }

    @Test
    void comparesNumerically() {
        assertTrue(new GitVersion(2, 38, 0).atLeast(GitVersion.MERGE_TREE));
        assertFalse(new GitVersion(2, 37, 9).atLeast(GitVersion.MERGE_TREE));
        assertTrue(new GitVersion(2, 100, 0).atLeast(new GitVersion(2, 39, 0)));
    }

    @Test
    void rejectsNonVersions() {
        assertThrows(IllegalArgumentException.class, () -> GitVersion.parse("hub version 2.14"));
    }
}
