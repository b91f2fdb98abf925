/**
 * Values every feature shares: who acted (the actor carried in message metadata) and organization ids.
 */
package ru.mentoring.api.common;
