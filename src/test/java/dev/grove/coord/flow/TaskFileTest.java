// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task files: the checklist and JSON forms, derived names, and every malformed case. */
class TaskFileTest {
    @Test
    void checklistWithAnnotations() {
        List<FlowTask> tasks = TaskFile.parse("""
                # Tasks

                Some prose that is ignored.
                - [ ] Add the login page
                  name: login
                  scope: src/login/**, docs/login.md
                - [x] Write the migration
                  group: db
                * [ ] Wire it up
                  after: login, write-the-migration
                """, "tasks.md");
        assertEquals(3, tasks.size());
        FlowTask login = tasks.get(0);
        assertEquals("login", login.name());
        assertEquals("Add the login page", login.text());
        assertEquals(List.of("src/login/**", "docs/login.md"), login.scope());
        assertEquals(4, login.line());
        assertNull(login.group());
        FlowTask migration = tasks.get(1);
        assertEquals("write-the-migration", migration.name());
        assertTrue(migration.done());
        assertEquals("db", migration.group());
        assertEquals(List.of("login", "write-the-migration"), tasks.get(2).after());
        assertEquals("wire-it-up", tasks.get(2).name());
    }

    @Test
    void derivedNamesAreMadeUnique() {
        List<FlowTask> tasks = TaskFile.parse("- [ ] fix it\n- [ ] Fix it!\n", "t.md");
        assertEquals("fix-it", tasks.get(0).name());
        assertEquals("fix-it-2", tasks.get(1).name());
    }

    @Test
    void jsonList() {
        List<FlowTask> tasks = TaskFile.parse("""
                [{"name": "a", "task": "first", "group": "db"},
                 {"task": "second one", "after": ["a"], "scope": ["src/**"]}]
                """, "t.json");
        assertEquals("a", tasks.get(0).name());
        assertEquals("db", tasks.get(0).group());
        assertEquals("second-one", tasks.get(1).name());
        assertEquals(List.of("a"), tasks.get(1).after());
    }

    @Test
    void malformedChecklistsNameLineAndReason() {
        assertError("t.md:2: malformed checklist item", "- [ ] ok\n- [ broken\n");
        assertError("t.md:1: checklist mark must be", "- [?] what\n");
        assertError("t.md:1: checklist item has no text", "- [ ]   \n");
        assertError("t.md:2: unknown annotation 'owner'", "- [ ] a\n  owner: me\n");
        assertError("t.md:2: expected 'key: value'", "- [ ] a\n  just words\n");
        assertError("t.md:2: 'after:' has no value", "- [ ] a\n  after:\n");
        assertError("t.md:3: 'name:' given twice", "- [ ] a\n  name: x\n  name: y\n");
        assertError("t.md:1: invalid task name '-bad'", "- [ ] a\n  name: -bad\n");
        assertError("t.md: no tasks found", "# nothing here\n");
    }

    @Test
    void duplicateNamesUnknownDependenciesAndCyclesAreRefused() {
        assertError("t.md:3: task name 'x' is used twice", "- [ ] a\n  name: x\n- [ ] b\n  name: x\n");
        assertError("t.md:1: task 'a' waits for unknown task 'nope'", "- [ ] a\n  name: a\n  after: nope\n");
        UserError cycle = assertThrows(UserError.class, () -> TaskFile.parse(
                "- [ ] a\n  name: a\n  after: c\n- [ ] b\n  name: b\n  after: a\n- [ ] c\n  name: c\n  after: b\n",
                "t.md"));
        assertTrue(cycle.getMessage().startsWith("t.md: dependency cycle a -> c -> b -> a"), cycle.getMessage());
        assertError("t.md: dependency cycle s -> s", "- [ ] s\n  name: s\n  after: s\n");
    }

    @Test
    void malformedJsonIsRefused() {
        assertError("t.json: task 2: \"task\" (the task's text) is missing", "[{\"task\": \"a\"}, {\"name\": \"b\"}]");
        UserError bad = assertThrows(UserError.class, () -> TaskFile.parse("[{\"task\": \"a\", \"colour\": 1}]",
                "t.json"));
        assertTrue(bad.getMessage().contains("t.json"), bad.getMessage());
        assertTrue(bad.getMessage().contains("colour"), bad.getMessage());
    }

    private static void assertError(String start, String text) {
        String origin = text.startsWith("[") ? "t.json" : "t.md";
        UserError e = assertThrows(UserError.class, () -> TaskFile.parse(text, origin));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
