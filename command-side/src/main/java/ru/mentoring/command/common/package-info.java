/**
 * What every aggregate shares: the rule-violation exception and the command bus's guards.
 */
package ru.mentoring.command.common;
