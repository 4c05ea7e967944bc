package org.interagency.agreements.json.internal;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.io.Reader;

/**
 * A YAML factory whose parsers tell a plain scalar from a quoted one. Jackson reports only the
 * plain {@code null} as a null token; YAML's core schema also makes the plain scalars {@code ~},
 * {@code Null}, {@code NULL} and the empty value null, while a quoted {@code "~"} is a string.
 * Only documents read from bytes get such parsers, which is how {@link Documents} reads.
 */
final class StrictYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    StrictYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset,
            int length) {
        return new StyledParser(readContext, ioContext, _getBufferRecycler(),
                readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
                _createReader(data, offset, length, null, ioContext));
    }

    /** A YAML parser that says whether its current scalar was written plain (unquoted, not a block). */
    static final class StyledParser extends YAMLParser {

        StyledParser(ObjectReadContext readContext, IOContext ioContext, BufferRecycler recycler, int streamFeatures,
                int formatFeatures, LoadSettings settings, Reader reader) {
            super(readContext, ioContext, recycler, streamFeatures, formatFeatures, settings, reader);
        }

        /** Whether the current token is a scalar written plain. */
        boolean isPlainScalar() {
            return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
        }
    }
}
