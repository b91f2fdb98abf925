/**
 * The Territory aggregate: a region's or municipality's reference figures and KPI targets, year by year.
 */
package ru.mentoring.command.reporting;
