package io.appaudit.indexer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.appaudit.indexer.DocumentMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * The report's numbers as JSON (the {@link ReportData} tree, snake_case, the rates exactly as {@code appaudit rates
 * --json} gives them) and the evidence streamed app by app. Markup characters in strings are written as
 * {@code \u003c}-style escapes, so the files stay harmless if a page ever embeds them.
 */
final class ReportJson {

    private final ObjectMapper mapper;

    ReportJson() {
        mapper = DocumentMapper.create().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(new MarkupEscapes());
    }

    void numbers(Writer out, ReportData data) throws IOException {
        mapper.writeValue(out, CrawlStatusSection.withStatusFirst(mapper, data));
    }

    /** Starts {@code {"quarter": …, "apps": [}; each app follows with {@link #app}, then {@link #close}. */
    JsonGenerator evidence(Writer out, String quarter) throws IOException {
        JsonGenerator g = mapper.createGenerator(out);
        g.writeStartObject();
        g.writeStringField("quarter", quarter);
        g.writeArrayFieldStart("apps");
        return g;
    }

    static void app(JsonGenerator g, FlaggedApps.FlaggedApp app) throws IOException {
        g.writeObject(app);
    }

    static void close(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    /** JSON's own escapes, and {@code < > & '} as unicode escapes. */
    private static final class MarkupEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table;

        MarkupEscapes() {
            table = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                table[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
