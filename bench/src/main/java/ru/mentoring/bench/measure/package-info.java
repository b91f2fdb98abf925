/**
 * The harness's measuring client: the application's commands and reads over HTTP, timed side by side.
 */
package ru.mentoring.bench.measure;
