package org.aidcsim.scenario;

import org.aidcsim.schema.JsonSchemaWriter;
import org.aidcsim.schema.MarkdownReference;

/** The JSON Schema of the scenario format, generated from {@link ScenarioFormat}. */
public final class ScenarioSchema {
    private ScenarioSchema() {
    }

    /** The schema as pretty-printed JSON, ending with a newline. */
    public static String json() {
        var doc = JsonSchemaWriter.document(ScenarioFormat.DEFAULT.scenario(), "aidcsim scenario");
        return JsonSchemaWriter.toPrettyString(doc);
    }

    /** The field-by-field reference in Markdown, for docs/scenario-format.md. */
    public static String markdown() {
        return MarkdownReference.render(ScenarioFormat.DEFAULT.scenario(), "scenario");
    }
}
