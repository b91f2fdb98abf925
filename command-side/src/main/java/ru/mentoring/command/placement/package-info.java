/**
 * A new person brought into a program in one decision: registered and enrolled in a base or appointed curator,
 * both or neither.
 */
package ru.mentoring.command.placement;
