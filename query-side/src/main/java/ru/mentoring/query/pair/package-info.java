/**
 * Pair progress: meetings, plan completion, feedback and deadlines of every pair and group, and per program
 * the pairs needing attention.
 */
package ru.mentoring.query.pair;
