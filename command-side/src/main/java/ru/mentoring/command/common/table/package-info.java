/**
 * Tables uploaded by staff — CSV and the first sheet of an XLSX workbook — read as rows of text cells, each with the
 * line it starts on, with the limits every import shares (rows, unpacked size).
 */
package ru.mentoring.command.common.table;
