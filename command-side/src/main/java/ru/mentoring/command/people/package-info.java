/**
 * The person register: personal data kept apart from the event store, erasable, referenced by person id.
 */
package ru.mentoring.command.people;
