/**
 * The keys of the tamper-evident chains, kept outside the database, and the checkpoints written outside it.
 */
package ru.mentoring.app.audit;
