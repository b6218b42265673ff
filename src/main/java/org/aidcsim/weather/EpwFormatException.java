package org.aidcsim.weather;

import java.nio.file.Path;

/** A weather file that cannot be read as EPW; the message names the file and line. */
public final class EpwFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public EpwFormatException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
