/**
 * The auditors' pages: the history of a program, pair, road map or any aggregate, its state as of a past moment
 * and the check of its hash chain, all read-only.
 */
package ru.mentoring.app.ui.audit;
