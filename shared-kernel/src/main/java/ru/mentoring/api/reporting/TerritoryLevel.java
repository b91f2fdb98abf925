package ru.mentoring.api.reporting;

/**
 * The levels reports roll up to from organizations.
 */
public enum TerritoryLevel {
    REGION,
    MUNICIPALITY
}
