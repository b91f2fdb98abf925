/**
 * The access policy at the HTTP edge: one rule for every endpoint of the API and the admin UI, applied to each
 * request with the identity's role and scope.
 */
package ru.mentoring.app.security.access;
