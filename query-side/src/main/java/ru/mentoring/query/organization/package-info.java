/**
 * The organization directory: organizations with their municipality and region, for filters and roll-ups.
 */
package ru.mentoring.query.organization;
