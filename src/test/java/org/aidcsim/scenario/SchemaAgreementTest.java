package org.aidcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema and the loader agree: every example passes both, every broken file fails
 * both. The schema is checked with an independent validator (networknt json-schema-validator).
 */
class SchemaAgreementTest {
    private static final Path SCHEMA = Path.of("schema/scenario.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> examples() throws IOException {
        return files(Path.of("scenarios"));
    }

    static Stream<Path> broken() throws IOException {
        return files(Path.of("src/test/resources/broken"));
    }

    private static Stream<Path> files(Path dir) throws IOException {
        List<Path> list;
        try (Stream<Path> s = Files.list(dir)) {
            list = s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
        assertFalse(list.isEmpty(), "no files in " + dir);
        return list.stream();
    }

    @Test
    void shippedSchemaIsTheGeneratedOne() throws IOException {
        assertEquals(ScenarioSchema.json(), Files.readString(SCHEMA),
                "schema/scenario.schema.json is stale: run ./aidcsim schema -o schema/scenario.schema.json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePassesSchemaAndLoader(Path file) throws Exception {
        Set<ValidationMessage> errors = schema().validate(read(file));
        assertTrue(errors.isEmpty(), file + " fails the schema: " + errors);
        SiteCompiler.compile(ScenarioLoader.load(file));
        String first = Files.readAllLines(file).get(0);
        if (!file.toString().endsWith(".json")) {
            assertEquals("# yaml-language-server: $schema=../schema/scenario.schema.json", first,
                    file + " must start with the schema line so that editors check it");
        }
    }

    @ParameterizedTest
    @MethodSource("broken")
    void everyBrokenFileFailsSchemaAndLoader(Path file) throws Exception {
        Set<ValidationMessage> errors = schema().validate(read(file));
        assertFalse(errors.isEmpty(), file + " passes the schema but should not");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        e.issues().forEach(i -> assertTrue(i.location().line() > 0, "issue without a line: " + i));
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(SCHEMA.toFile()));
    }

    private static JsonNode read(Path file) throws IOException {
        return (file.toString().endsWith(".json") ? JSON : YAML).readTree(file.toFile());
    }
}
