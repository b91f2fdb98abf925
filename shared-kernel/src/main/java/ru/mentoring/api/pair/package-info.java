/**
 * A mentoring pair or group (наставническая пара/группа): its identity and, later, its lifecycle messages.
 */
package ru.mentoring.api.pair;
