/**
 * The admin UI's reference data and reporting: the organization directory with headcounts, the territories'
 * figures and KPI targets, the KPI report with its downloads, and the rebuild of projections.
 */
package ru.mentoring.app.ui.reports;
