/**
 * Deadlines kept by db-scheduler under keys that name their deadline and scope, so that cancelling them is one
 * indexed delete instead of a read of every scheduled deadline.
 */
package ru.mentoring.app.deadlines;
