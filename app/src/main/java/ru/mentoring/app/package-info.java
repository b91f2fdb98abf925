/**
 * The single-process application: the command side, the query side and their shared infrastructure in one
 * Spring Boot process against PostgreSQL.
 */
package ru.mentoring.app;
