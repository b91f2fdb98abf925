/**
 * What the projections share: writes guarded by the aggregate's event sequence number.
 */
package ru.mentoring.query.support;
