/**
 * The RoadMap aggregate: a plan of one level for a period, its items' lifecycle and deadlines, its templates,
 * its import, the milestone policy and its command API.
 */
package ru.mentoring.command.roadmap;
