package org.aidcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidcsim.report.OutputsReference;
import org.junit.jupiter.api.Test;

/** The references generated from the code (format, outputs) stand in docs between markers; they must match the code. */
class DocsInSyncTest {
    private static String generatedPart(String file) throws IOException {
        String doc = Files.readString(Path.of(file));
        String begin = "<!-- BEGIN GENERATED REFERENCE -->\n";
        String end = "<!-- END GENERATED REFERENCE -->";
        return doc.substring(doc.indexOf(begin) + begin.length(), doc.indexOf(end));
    }

    @Test
    void formatReferenceIsCurrent() throws Exception {
        assertEquals(ScenarioSchema.markdown(), generatedPart("docs/scenario-format.md"),
                "docs/scenario-format.md is stale: run schema/regenerate");
    }

    @Test
    void outputsReferenceIsCurrent() throws Exception {
        assertEquals(OutputsReference.markdown(), generatedPart("docs/outputs.md"), "docs/outputs.md is stale: run schema/regenerate");
    }
}
