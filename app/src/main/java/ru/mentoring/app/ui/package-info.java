/**
 * The admin UI: server-rendered pages over the query side that send the signed-in user's commands.
 */
package ru.mentoring.app.ui;
