/**
 * The Organization aggregate: an educational organization and its place in the territory.
 */
package ru.mentoring.command.organization;
