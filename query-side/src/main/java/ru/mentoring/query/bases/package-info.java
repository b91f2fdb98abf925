/**
 * The two bases (база наставляемых, база наставников): the personified register of every program's
 * participants with their consent, readiness and pair status.
 */
package ru.mentoring.query.bases;
