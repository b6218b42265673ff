package org.aidcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/scenario-format.md carries the generated reference; it must match the code. */
class DocsInSyncTest {
    @Test
    void formatReferenceIsCurrent() throws Exception {
        String doc = Files.readString(Path.of("docs/scenario-format.md"));
        String begin = "<!-- BEGIN GENERATED REFERENCE -->\n";
        String end = "<!-- END GENERATED REFERENCE -->";
        String generated = doc.substring(doc.indexOf(begin) + begin.length(), doc.indexOf(end));
        assertEquals(ScenarioSchema.markdown(), generated,
                "docs/scenario-format.md is stale: regenerate the part between the markers with ./aidcsim schema --markdown");
    }
}
