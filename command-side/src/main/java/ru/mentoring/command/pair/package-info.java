/**
 * The Pair aggregate — a mentoring pair or group from its fixing by order to its outcome — and the policies
 * that open pairs when a program fixes them and return mentees to the program when a pair is dissolved.
 */
package ru.mentoring.command.pair;
