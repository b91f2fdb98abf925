/**
 * Reporting: the territories' reference data (denominators and targets) and the KPI report built on them.
 */
package ru.mentoring.api.reporting;
