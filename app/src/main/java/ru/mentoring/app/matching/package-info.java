/**
 * Accepting a match suggestion: the one step that reads the query side and sends commands, so it lives in the
 * application that wires both.
 */
package ru.mentoring.app.matching;
