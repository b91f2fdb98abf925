/**
 * Daily digests by e-mail: each curator's overdue pairs and road-map items, each municipal coordinator's
 * escalations, sent once a day by one node, to addresses kept in the person register.
 */
package ru.mentoring.app.digest;
