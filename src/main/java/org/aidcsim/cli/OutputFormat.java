package org.aidcsim.cli;

import java.util.Locale;

/** What a command prints on standard output: the table for people, or JSON for scripts (and nothing else then). */
enum OutputFormat {
    TEXT, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
