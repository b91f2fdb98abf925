/**
 * What every HTTP request goes through before the API and the admin UI see it: the limit on the size of its body.
 */
package ru.mentoring.app.web;
