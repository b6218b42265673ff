package org.aidcsim.cli;

/** Process exit codes, documented in README.md. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug in aidcsim, or an output that could not be written. */
    public static final int FAILURE = 1;
    /** The user's input is wrong: a scenario, a weather file or the command line. */
    public static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
