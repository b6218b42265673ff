package org.aidcsim.schema;

import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files a user hands in (scenarios, weather, series) with a size bound checked while
 * reading, so that /dev/zero or a 10 GB file is refused after the bound rather than read whole, and
 * with every failure said in the user's words.
 */
public final class TextFiles {
    /** Scenario files: hand-written ones are a few kB; 10 MB leaves room for generated ones (docs/limits.md). */
    public static final long MAX_SCENARIO_BYTES = 10L << 20;
    /** Weather and series files: an hourly EPW year is about 1.6 MB, one at 1-minute steps about 100 MB. */
    public static final long MAX_DATA_BYTES = 128L << 20;

    private TextFiles() {
    }

    /** A file that cannot be read as asked; the message names no Java type. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        UnreadableException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The line at which the problem is (1-based), or 0 for the whole file. */
        public int line() {
            return line;
        }
    }

    /** The file's bytes, at most {@code maxBytes}. */
    public static byte[] readBytes(Path file, long maxBytes) throws UnreadableException {
        if (Files.isDirectory(file)) {
            throw new UnreadableException("is a folder (expected a file)", 0);
        }
        // "-" is standard input, as shell tools have it; the stream stays open for whoever reads it next
        boolean stdin = file.toString().equals(STDIN);
        try (InputStream in = stdin ? new FilterInputStream(System.in) {
            @Override
            public void close() {
            }
        } : Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnreadableException("file too large (expected at most " + (maxBytes >> 20) + " MB, found more)", 0);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableException("file not found", 0);
        } catch (AccessDeniedException e) {
            throw new UnreadableException("cannot read the file (permission denied)", 0);
        } catch (IOException e) {
            throw new UnreadableException("cannot read the file (" + e.getMessage() + ")", 0);
        }
    }

    /** The file name that means standard input. */
    public static final String STDIN = "-";

    /** The file as UTF-8 text (a byte-order mark dropped), at most {@code maxBytes}. */
    public static String readUtf8(Path file, long maxBytes) throws UnreadableException {
        byte[] bytes = readBytes(file, maxBytes);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF
                && bytes[1] == (byte) 0xFE))) {
            throw new UnreadableException("UTF-16 text (expected UTF-8: save the file as UTF-8)", 1);
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new UnreadableException("not UTF-8 text (expected a UTF-8 text file, found byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " at byte " + (at + 1) + ")", lineOf(bytes, at));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableException("a binary file (expected text, found a NUL byte at byte " + (i + 1) + ")", lineOf(bytes, i));
            }
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
