/**
 * What the installation's operator does to the engine itself, recorded in the event store beside the domain's
 * events so that the audit trail shows it.
 */
package ru.mentoring.api.operations;
