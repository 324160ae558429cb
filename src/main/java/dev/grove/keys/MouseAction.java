// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

/** What a mouse event is: a button pressed or released, a move with or without a button held, or the wheel. */
public enum MouseAction { PRESS, RELEASE, DRAG, MOVE, WHEEL_UP, WHEEL_DOWN }
