/**
 * The command side of the authorization policy: where each thing lies, and the guard on the command bus that
 * refuses a command whose target lies outside its sender's scope.
 */
package ru.mentoring.command.access;
