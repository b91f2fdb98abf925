/**
 * Educational organizations and the territory they belong to (region → municipality → organization).
 */
package ru.mentoring.api.organization;
