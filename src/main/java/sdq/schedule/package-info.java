/**
 * The Leitner schedule: boxes with an interval in days each, grades that move cards between
 * boxes, and due dates. Pure: the day is always a parameter, never read from a clock.
 */
package sdq.schedule;
