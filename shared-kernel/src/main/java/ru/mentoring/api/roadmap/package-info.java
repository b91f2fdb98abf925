/**
 * The road map (дорожная карта, план мероприятий) of a region, municipality or organization: its commands,
 * events, queries, values and ids.
 */
package ru.mentoring.api.roadmap;
