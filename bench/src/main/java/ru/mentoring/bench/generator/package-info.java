/**
 * Generates a region at realistic scale by sending the real commands to the real aggregates in-process, batched
 * the way a migration would load history.
 */
package ru.mentoring.bench.generator;
