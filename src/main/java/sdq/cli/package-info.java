/**
 * The command line: picocli commands, their options, exit codes, and the wiring of paths, the
 * environment and the clock. Commands are thin; picocli is used here and nowhere else.
 */
package sdq.cli;
