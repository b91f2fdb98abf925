/**
 * API clients and their bearer tokens: the embedded issuer (client credentials), its signing key in
 * PostgreSQL, the claims that carry role and scope, and the registry of clients the operator keeps.
 */
package ru.mentoring.app.security.api;
