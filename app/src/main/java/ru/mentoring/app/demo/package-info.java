/**
 * The demonstration world loaded into an empty database on request ({@code MENTORING_DEMO=true} or {@code --demo}).
 */
package ru.mentoring.app.demo;
