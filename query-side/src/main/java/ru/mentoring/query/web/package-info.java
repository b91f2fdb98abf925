/**
 * What the query side's HTTP controllers share: problem details for a missing read model entry or bad filters.
 */
package ru.mentoring.query.web;
