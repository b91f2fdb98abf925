/**
 * Who may sign in to the admin UI, and how the signed-in user becomes the actor of the commands it sends.
 */
package ru.mentoring.app.security;
