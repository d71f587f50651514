/**
 * A quiz session as a state machine, with no terminal: which cards come up in which order, what
 * grading, skipping, burying and undoing do to the queue, feedback on a typed answer, and the
 * summary at the end. The day and the place reviews are recorded are parameters.
 */
package sdq.quiz;
