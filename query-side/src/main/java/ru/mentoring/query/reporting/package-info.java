/**
 * Reporting for reporting services and dashboards: the reference data of territories and organizations, and
 * the KPI report computed from the bases, the pairs and the programs.
 */
package ru.mentoring.query.reporting;
