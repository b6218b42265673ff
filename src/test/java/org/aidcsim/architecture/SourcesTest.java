package org.aidcsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sources a user can open: the product cites standards, data sheets and papers, never the team's
 * internal notes (a file named domain.md that users do not have).
 */
class SourcesTest {
    @Test
    void noInternalNotesAreCited() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String root : List.of("src/main", "src/test", "docs", "schema", "scenarios", "benchmarks/src", "README.md")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    // images (the README's screenshot) are no text to cite from
                    if (f.getFileName().toString().equals("SourcesTest.java") || f.toString().endsWith(".png")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains("domain" + ".md")) {
                            offenders.add(f + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "cite the original source instead");
    }
}
