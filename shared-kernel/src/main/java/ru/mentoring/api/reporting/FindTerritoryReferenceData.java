package ru.mentoring.api.reporting;

/**
 * Asks for a territory's reference data as entered so far (справочные данные территории): its figures and KPI
 * targets of every year; answered with a list of {@link TerritoryYear}, oldest year first.
 */
public record FindTerritoryReferenceData(TerritoryId territory) {
}
