/**
 * The person register: one identity per person across programs, periods and organizations, with the
 * personal data (names, birth date, contacts) kept out of events so that it can be erased.
 */
package ru.mentoring.api.people;
