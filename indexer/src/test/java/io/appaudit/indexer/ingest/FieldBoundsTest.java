package io.appaudit.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldBoundsTest {

    private static final FieldBounds SMALL = new FieldBounds(16, 32, Set.of("description"), 3, 3);

    private static ObjectNode doc() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aLongStringIsCutToItsByteBoundAndRecordedWithItsOriginalSize() {
        ObjectNode d = doc().put("developer", "x".repeat(40_000)).put("name", "short");
        var cut = SMALL.apply(d);
        assertThat(d.path("developer").textValue()).isEqualTo("x".repeat(16));
        assertThat(d.path("name").textValue()).isEqualTo("short");
        assertThat(cut).containsExactly("developer: 40000 bytes");
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(0).textValue()).isEqualTo("developer: 40000 bytes");
    }

    @Test
    void aFullTextFieldKeepsItsLargerBound() {
        ObjectNode d = doc().put("description", "y".repeat(100)).put("website", "y".repeat(100));
        SMALL.apply(d);
        assertThat(d.path("description").textValue()).hasSize(32);
        assertThat(d.path("website").textValue()).hasSize(16);
    }

    @Test
    void multiByteTextIsCutOnACodePointBoundary() {
        // 3 bytes each: 16 bytes hold five whole characters, never half of the sixth
        ObjectNode d = doc().put("name", "示例科技有限公司示例科技有限公司");
        // 4 bytes each, two chars each in Java: a surrogate pair is never split
        d.put("operator", "😀😀😀😀😀😀");
        SMALL.apply(d);
        assertThat(d.path("name").textValue()).isEqualTo("示例科技有");
        assertThat(d.path("operator").textValue()).isEqualTo("😀😀😀😀");
        assertThat(bytes(d.path("operator").textValue())).isEqualTo(16);
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS)).hasSize(2);
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(0).textValue()).isEqualTo("name: 48 bytes");
    }

    @Test
    void aLongListKeepsItsFirstItemsAndRecordsHowManyThereWere() {
        ObjectNode d = doc();
        var permissions = d.putArray("permissions");
        for (int i = 0; i < 100_000; i++) {
            permissions.add(i == 0 ? "android.permission.CAMERA" : "P" + i);
        }
        SMALL.apply(d);
        assertThat(d.path("permissions")).hasSize(3);
        assertThat(d.path("permissions").get(2).textValue()).isEqualTo("P2");
        // each item is a string of its own, bounded like any other
        assertThat(d.path("permissions").get(0).textValue()).isEqualTo("android.permissi");
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(0).textValue())
                .isEqualTo("permissions: 100000 items");
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(1).textValue())
                .isEqualTo("permissions: 25 bytes");
    }

    @Test
    void anObjectWithTooManyEntriesKeepsItsFirstOnes() {
        ObjectNode d = doc();
        ObjectNode extras = d.putObject("extras");
        for (int i = 0; i < 10; i++) {
            extras.put("k" + i, "v");
        }
        SMALL.apply(d);
        assertThat(d.path("extras").size()).isEqualTo(3);
        assertThat(d.path("extras").has("k0")).isTrue();
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(0).textValue()).isEqualTo("extras: 10 items");
    }

    @Test
    void nestingDeeperThanTheBoundIsDroppedAndRecorded() {
        ObjectNode d = doc();
        ObjectNode level = d.putObject("extras");
        for (int i = 0; i < 50; i++) {
            level = level.putObject("a");
        }
        level.put("leaf", "deep");
        SMALL.apply(d);
        assertThat(d.path("extras").path("a").path("a").isObject()).isTrue();
        assertThat(d.path("extras").path("a").path("a").path("a").isNull()).isTrue();
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(0).textValue())
                .isEqualTo("extras.a.a.a: 51 levels");
    }

    @Test
    void nestedListsCountAsLevels() {
        ObjectNode d = doc();
        var outer = d.putArray("chain");
        outer.addArray().addArray().addArray().add("x");
        SMALL.apply(d);
        assertThat(d.path("chain").get(0).get(0).isArray()).isTrue();
        assertThat(d.path("chain").get(0).get(0).get(0).isNull()).isTrue();
    }

    @Test
    void aLongFieldNameIsCutAndRecorded() {
        ObjectNode d = doc();
        d.putObject("extras").put("k".repeat(100), "v");
        SMALL.apply(d);
        assertThat(d.path("extras").has("k".repeat(16))).isTrue();
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(0).textValue())
                .isEqualTo("extras." + "k".repeat(16) + " (name): 100 bytes");
    }

    @Test
    void aStoreChosenNameIsShownInTheNoteWithoutControlCharacters() {
        ObjectNode d = doc();
        d.putObject("extras").put("a\u0000b\u001b[2J", "w".repeat(20));
        SMALL.apply(d);
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS).get(0).textValue()).isEqualTo("extras.a?b?[2J: 20 bytes");
    }

    @Test
    void aDocumentWithinItsBoundsIsLeftAsItWasWithoutATruncationList() {
        ObjectNode d = doc().put("name", "示例").put("description", "ok");
        d.putArray("permissions").add("android.permission.INTERNET");
        ObjectNode before = d.deepCopy();
        assertThat(FieldBounds.LISTINGS.apply(d)).isEmpty();
        assertThat(d).isEqualTo(before);
        assertThat(d.has(FieldBounds.TRUNCATED_FIELDS)).isFalse();
    }

    @Test
    void theTruncationListItselfIsBounded() {
        ObjectNode d = doc();
        for (int i = 0; i < 150; i++) {
            d.put("f" + i, "z".repeat(20));
        }
        FieldBounds wide = new FieldBounds(16, 32, Set.of(), 1_000, 3);
        assertThat(wide.apply(d)).hasSize(FieldBounds.MAX_NOTES);
        assertThat(d.path(FieldBounds.TRUNCATED_FIELDS)).hasSize(FieldBounds.MAX_NOTES);
    }

    @Test
    void boundsThatCannotHoldACharacterAreRefused() {
        assertThatThrownBy(() -> new FieldBounds(2, 32, Set.of(), 3, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
