package org.aidcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/outputs.md carries the reference generated from the metric catalogue; it must match the code. */
class OutputsReferenceTest {
    @Test
    void outputsReferenceIsCurrent() throws Exception {
        String doc = Files.readString(Path.of("docs/outputs.md"));
        String begin = "<!-- BEGIN GENERATED REFERENCE -->\n";
        String end = "<!-- END GENERATED REFERENCE -->";
        String generated = doc.substring(doc.indexOf(begin) + begin.length(), doc.indexOf(end));
        assertEquals(OutputsReference.markdown(), generated, "docs/outputs.md is stale: run schema/regenerate");
    }
}
