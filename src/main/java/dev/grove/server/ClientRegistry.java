// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The connections of attached clients by id, shared by connection threads and the session loop. Thread-safe. */
final class ClientRegistry {
    private final Map<Integer, ClientConnection> byId = new ConcurrentHashMap<>();

    void add(ClientConnection c) {
        byId.put(c.id(), c);
    }

    void remove(int id) {
        byId.remove(id);
    }

    ClientConnection get(int id) {
        return byId.get(id);
    }

    Collection<ClientConnection> all() {
        return byId.values();
    }
}
