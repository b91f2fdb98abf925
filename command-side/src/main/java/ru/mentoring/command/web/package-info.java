/**
 * The HTTP edge of the command side: who is acting, which request a command belongs to, and errors as
 * RFC 7807 problem details.
 */
package ru.mentoring.command.web;
