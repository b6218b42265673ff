package org.aidcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    /** An output gets the permissions any new file of this user gets (umask), not the private 0600 of a temp file. */
    @Test
    void outputsGetTheUsualPermissions() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path written = dir.resolve("report.html");
        AtomicFiles.writeString(written, "<html></html>");
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written));
        assertEquals("<html></html>", Files.readString(written));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("ordinary.txt", "report.html"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
        AtomicFiles.writeString(written, "second");
        assertEquals("second", Files.readString(written));
        assertFalse(Files.exists(dir.resolve(".report.html.tmp")));
    }
}
