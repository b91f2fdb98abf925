/**
 * Tamper evidence on the command side: the hash chain link of every event, written as the event is stored.
 */
package ru.mentoring.command.audit;
