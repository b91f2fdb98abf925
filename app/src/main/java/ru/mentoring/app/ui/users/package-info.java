/**
 * The people who may sign in to the admin UI, kept by a regional administrator: their role and organization.
 */
package ru.mentoring.app.ui.users;
