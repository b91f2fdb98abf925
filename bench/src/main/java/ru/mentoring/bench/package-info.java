/**
 * The benchmark: a region generated through the real aggregates, and the harness that measures the application
 * beside PostgreSQL's own speed.
 */
package ru.mentoring.bench;
