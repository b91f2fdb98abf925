/**
 * How the projections' event processors run: pooled streaming, batched, with tokens in PostgreSQL.
 */
package ru.mentoring.query.infrastructure;
