package org.aidcsim.schema;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Jackson's YAML parser with the anchor of every value ({@code &name}). Jackson reports an alias
 * ({@code *name}) but the anchor only of collections, not of a scalar inside a mapping; the
 * SnakeYAML event under the current token has it for every node.
 */
final class YamlAnchors {
    private YamlAnchors() {
    }

    /** A parser that also tells the anchor of the current value. */
    static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions loaderOptions, ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
        }

        /** The anchor the current value defines, if any (an alias defines none). */
        Optional<String> anchor() {
            return _lastEvent instanceof NodeEvent node && !(_lastEvent instanceof AliasEvent)
                    ? Optional.ofNullable(node.getAnchor()) : Optional.empty();
        }
    }

    /** Makes {@link Parser}s. */
    static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }
}
