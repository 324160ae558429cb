// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Picks a worktree's lease: the lowest slot i (from 1) that no other agent holds and whose ports
 * (each base + i) are neither leased to another agent nor in use on localhost. Callers hold the
 * registry lock, so the choice is exclusive. Stateless.
 */
public final class PortLeases {
    private static final int MAX_SLOT = 1000;
    private final IntPredicate portFree;

    /** @param portFree whether a port can be used (see {@link #localPortFree}) */
    public PortLeases(IntPredicate portFree) {
        this.portFree = portFree;
    }

    /** Leases for this machine: a port is free when it can be bound on 127.0.0.1. */
    public static PortLeases onLocalhost() {
        return new PortLeases(PortLeases::localPortFree);
    }

    /** Chooses a lease given the port bases and the other agents' records. */
    public Lease choose(Map<String, Integer> bases, Collection<AgentRecord> others) {
        Set<Integer> slots = new HashSet<>();
        Set<Integer> leased = new HashSet<>();
        for (AgentRecord a : others) {
            if (a.live() && a.slot() > 0) {
                slots.add(a.slot());
                leased.addAll(a.ports().values());
            }
        }
        for (int slot = 1; slot <= MAX_SLOT; slot++) {
            if (slots.contains(slot)) {
                continue;
            }
            Map<String, Integer> ports = portsFor(bases, slot, leased);
            if (ports != null) {
                return new Lease(slot, ports);
            }
        }
        throw new UserError("no free port block for a new worktree (ports " + bases + ")",
                "free some ports or change 'ports' in .grove/config.json");
    }

    private Map<String, Integer> portsFor(Map<String, Integer> bases, int slot, Set<Integer> leased) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : bases.entrySet()) {
            int port = e.getValue() + slot;
            if (port > 65535 || leased.contains(port) || ports.containsValue(port) || !portFree.test(port)) {
                return null;
            }
            ports.put(e.getKey(), port);
        }
        return ports;
    }

    /** Whether nothing listens on {@code port} of 127.0.0.1 (or the wildcard address). */
    public static boolean localPortFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
