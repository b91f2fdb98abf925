/**
 * Start-up checks that turn bad configuration into one clear sentence instead of stack traces.
 */
package ru.mentoring.app.startup;
