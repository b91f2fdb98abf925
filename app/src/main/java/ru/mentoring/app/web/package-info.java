/**
 * What every HTTP request goes through before the API and the admin UI see it (the limit on the size of its body),
 * and what the container answers when it fails before them.
 */
package ru.mentoring.app.web;
