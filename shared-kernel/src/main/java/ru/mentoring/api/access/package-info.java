/**
 * Who may do what where: scopes of identities, places of things, and the one policy between them.
 */
package ru.mentoring.api.access;
