package ru.mentoring.api.reporting;

import org.axonframework.serialization.Revision;

/**
 * A territory's reference figures for a year were entered (or corrected).
 */
@Revision("1")
public record TerritoryFiguresSet(TerritoryId territory, int year, int children10to19, int children15to19,
                                  int youngTeachers, int enterprises) {
}
