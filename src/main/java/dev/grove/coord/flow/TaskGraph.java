// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks the dependencies between tasks: every {@code after} name exists, and there are no cycles. Stateless. */
final class TaskGraph {
    private TaskGraph() {}

    /**
     * @throws UserError naming the task and the unknown name, or the cycle
     */
    static void check(List<FlowTask> tasks, String origin) {
        Map<String, FlowTask> byName = new HashMap<>();
        for (FlowTask t : tasks) {
            byName.put(t.name(), t);
        }
        for (FlowTask t : tasks) {
            for (String a : t.after()) {
                if (!byName.containsKey(a)) {
                    throw new UserError(where(origin, t) + ": task '" + t.name() + "' waits for unknown task '" + a
                            + "'", "after: names other tasks of the same file");
                }
            }
        }
        Map<String, Integer> mark = new HashMap<>();
        for (FlowTask t : tasks) {
            List<String> path = new ArrayList<>();
            if (cycleFrom(t.name(), byName, mark, path)) {
                throw new UserError(origin + ": dependency cycle " + String.join(" -> ", path),
                        "remove one of the after: entries");
            }
        }
    }

    private static boolean cycleFrom(String name, Map<String, FlowTask> byName, Map<String, Integer> mark,
            List<String> path) {
        int state = mark.getOrDefault(name, 0);
        if (state == 2) {
            return false;
        }
        path.add(name);
        if (state == 1) {
            path.subList(0, path.indexOf(name)).clear();
            return true;
        }
        mark.put(name, 1);
        for (String a : byName.get(name).after()) {
            if (cycleFrom(a, byName, mark, path)) {
                return true;
            }
        }
        mark.put(name, 2);
        path.remove(path.size() - 1);
        return false;
    }

    private static String where(String origin, FlowTask t) {
        return t.line() > 0 ? origin + ":" + t.line() : origin;
    }
}
