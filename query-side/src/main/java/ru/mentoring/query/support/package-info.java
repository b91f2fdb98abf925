/**
 * What the projections and exports share: writes guarded by the aggregate's event sequence number, and CSV cells
 * made safe to open in a spreadsheet program.
 */
package ru.mentoring.query.support;
