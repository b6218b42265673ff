package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

/** Runs a command line in-process; and what the broken-input corpus asks of every refusal: exit code 2, the expected words, no Java in the message. */
final class Refusals {
    /** Stack frames, exception and package names: what a user must never read. */
    static final Pattern JAVA_WORDS = Pattern.compile("\\tat |Exception|java\\.|org\\.aidcsim|picocli\\.");

    /** A command's exit code and what it printed. */
    record Outcome(int code, String out, String err) {
    }

    private Refusals() {
    }

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    static void assertRefused(Outcome o, String words) {
        assertEquals(2, o.code(), o.err() + o.out());
        assertTrue(o.err().contains(words), "expected \"" + words + "\" in: " + o.err());
        assertFalse(JAVA_WORDS.matcher(o.err()).find(), "a message in the user's words: " + o.err());
    }
}
