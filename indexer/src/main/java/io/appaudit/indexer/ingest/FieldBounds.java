package io.appaudit.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bounds every field of a document before it goes to Elasticsearch, so that nothing a store sends can make a
 * mapping refuse a listing: strings by UTF-8 bytes (cut on a code point boundary), lists and objects by item count,
 * nesting by depth. Each field cut is named in {@value #TRUNCATED_FIELDS} with its original size; the WARC evidence
 * keeps the full bytes.
 *
 * @param stringBytes the most UTF-8 bytes of a string; 8,000 keeps a keyword far below Lucene's 32,766-byte term
 *                    limit, and under the mappings' {@code ignore_above} of 8,191 characters
 * @param textBytes   the most UTF-8 bytes of a full-text field ({@code description} and the like)
 * @param textFields  the dotted paths of the full-text fields
 * @param items       the most items of a list, or entries of an object
 * @param depth       the deepest nesting kept; a document's own fields sit at depth 1
 */
public record FieldBounds(int stringBytes, int textBytes, Set<String> textFields, int items, int depth) {

    /** The field naming what was cut, e.g. {@code ["description: 5242880 bytes", "permissions: 100000 items"]}. */
    public static final String TRUNCATED_FIELDS = "truncated_fields";

    /**
     * The listing documents' bounds. A real listing stays within them by far: descriptions run to a few kilobytes,
     * Android declares a few hundred permissions, stores show a few dozen related apps, and our documents nest three
     * deep.
     */
    public static final FieldBounds LISTINGS = new FieldBounds(8_000, 64_000,
            Set.of("description", "short_description", "problem.message"), 1_000, 8);

    /** At most this many entries in {@value #TRUNCATED_FIELDS} (an object with many long keys could name more). */
    static final int MAX_NOTES = 100;

    /** The most bytes of a field name a path in {@value #TRUNCATED_FIELDS} shows (store-chosen names of extras). */
    static final int SHOWN_NAME_BYTES = 64;

    public FieldBounds {
        textFields = Set.copyOf(textFields);
        if (stringBytes < 4 || textBytes < stringBytes || items < 1 || depth < 1) {
            throw new IllegalArgumentException("Field bounds need strings of at least 4 bytes, text at least as "
                    + "long, at least one item and a depth of at least 1");
        }
    }

    /**
     * Cuts what exceeds the bounds in place and records each cut in {@value #TRUNCATED_FIELDS} (which is left out
     * when nothing was cut).
     *
     * @return the fields cut, as recorded
     */
    public List<String> apply(ObjectNode doc) {
        Map<String, Long> notes = new LinkedHashMap<>();
        doc.remove(TRUNCATED_FIELDS);
        boundObject(doc, "", 1, notes);
        List<String> cut = new ArrayList<>();
        notes.forEach((key, size) -> {
            int unit = key.lastIndexOf('\u0000');
            cut.add(key.substring(0, unit) + size + " " + key.substring(unit + 1));
        });
        List<String> kept = cut.size() > MAX_NOTES ? cut.subList(0, MAX_NOTES) : cut;
        if (!kept.isEmpty()) {
            ArrayNode list = doc.putArray(TRUNCATED_FIELDS);
            kept.forEach(list::add);
        }
        return List.copyOf(kept);
    }

    private void boundObject(ObjectNode object, String path, int level, Map<String, Long> notes) {
        if (object.size() > items) {
            note(notes, path.isEmpty() ? "(document)" : path, object.size(), "items");
            Iterator<String> names = object.fieldNames();
            List<String> drop = new ArrayList<>();
            for (int i = 0; names.hasNext(); i++) {
                String name = names.next();
                if (i >= items) {
                    drop.add(name);
                }
            }
            object.remove(drop);
        }
        Map<String, JsonNode> bounded = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String key = cut(name, stringBytes);
            if (!key.equals(name)) {
                note(notes, join(path, shown(key)) + " (name)", utf8Length(name), "bytes");
            }
            String child = join(path, shown(key));
            bounded.putIfAbsent(key, bound(e.getValue(), child, level, notes));
        }
        object.removeAll();
        object.setAll(bounded);
    }

    /** The value bounded; {@code level} is the nesting depth of the value itself. */
    private JsonNode bound(JsonNode value, String path, int level, Map<String, Long> notes) {
        if (value.isTextual()) {
            int limit = textFields.contains(path) ? textBytes : stringBytes;
            String s = value.textValue();
            String c = cut(s, limit);
            if (c.length() != s.length()) {
                note(notes, path, utf8Length(s), "bytes");
                return TextNode.valueOf(c);
            }
            return value;
        }
        if (!value.isContainerNode()) {
            return value;
        }
        if (level > depth) {
            note(notes, path, level - 1 + levels(value), "levels");
            return JsonNodeFactory.instance.nullNode();
        }
        if (value.isObject()) {
            boundObject((ObjectNode) value, path, level + 1, notes);
            return value;
        }
        ArrayNode array = (ArrayNode) value;
        if (array.size() > items) {
            note(notes, path, array.size(), "items");
            while (array.size() > items) {
                array.remove(array.size() - 1);
            }
        }
        for (int i = 0; i < array.size(); i++) {
            // an array does not nest its items deeper in the index: they are values of the same field
            array.set(i, bound(array.get(i), path, level + (array.get(i).isArray() ? 1 : 0), notes));
        }
        return array;
    }

    /**
     * Records a cut of {@code path}: the largest original size of each unit (items of a list field hold one note
     * for all of them).
     */
    private static void note(Map<String, Long> notes, String path, long size, String unit) {
        notes.merge(path + ": \u0000" + unit, size, Math::max);
    }

    /** How many containers deep {@code node} goes, itself included; counted without recursion. */
    private static long levels(JsonNode node) {
        long deepest = 0;
        java.util.ArrayDeque<Map.Entry<JsonNode, Long>> todo = new java.util.ArrayDeque<>();
        todo.push(Map.entry(node, 1L));
        while (!todo.isEmpty()) {
            var e = todo.pop();
            deepest = Math.max(deepest, e.getValue());
            for (JsonNode child : e.getKey()) {
                if (child.isContainerNode()) {
                    todo.push(Map.entry(child, e.getValue() + 1));
                }
            }
        }
        return deepest;
    }

    /**
     * A field name as a path in a note shows it: at most {@value #SHOWN_NAME_BYTES} bytes, then "…", with control
     * characters shown as "?" (the names of {@code extras} are the store's).
     */
    private static String shown(String name) {
        String c = cut(name, SHOWN_NAME_BYTES).replaceAll("\\p{Cntrl}", "?");
        return c.length() == name.length() ? c : c + "…";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes that ends on a code point. */
    static String cut(String s, int maxBytes) {
        if (s.length() <= maxBytes / 3 || utf8Length(s) <= maxBytes) {
            return s;
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(s);
        // the encoder stops before a code point that does not fit whole, so a surrogate pair is never split
        encoder.encode(in, ByteBuffer.allocate(maxBytes), true);
        return s.substring(0, in.position());
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
