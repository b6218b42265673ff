/**
 * The command line (picocli): {@code run}, {@code validate}, {@code schema}. No physics here.
 * Exit codes: 0 success, 1 internal error or failed write, 2 invalid input (scenario or usage).
 */
package org.aidcsim.cli;
