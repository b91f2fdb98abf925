/**
 * The auditors' language: histories of aggregates, past states rebuilt from events, and the hash chain that
 * makes tampering with stored events evident.
 */
package ru.mentoring.api.audit;
