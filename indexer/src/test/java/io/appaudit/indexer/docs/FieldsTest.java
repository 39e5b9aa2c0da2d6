package io.appaudit.indexer.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The field-name constants the code queries with are fields the index templates map. */
class FieldsTest {

    private static List<String> unmapped(String template, List<String> fields) throws IOException {
        return MappedFields.unmapped(template, fields);
    }

    @Test
    void everyListingFieldIsMappedByTheListingFieldsTemplate() throws IOException {
        assertThat(unmapped("listing-fields", Fields.LISTINGS)).isEmpty();
    }

    @Test
    void everyFindingFieldIsMappedByTheFindingsTemplate() throws IOException {
        assertThat(unmapped("findings", Fields.FINDINGS)).isEmpty();
    }

    @Test
    void everyCrawlRunFieldIsMappedByTheCrawlRunsTemplate() throws IOException {
        assertThat(unmapped("crawl-runs", Fields.CRAWL_RUNS)).isEmpty();
    }

    @Test
    void everyShownFieldsFieldIsMappedByTheShownFieldsTemplate() throws IOException {
        assertThat(unmapped("shown-fields", Fields.SHOWN_FIELDS)).isEmpty();
    }

    @Test
    void aNameNoTemplateMapsIsCaught() throws IOException {
        assertThat(unmapped("listing-fields", List.of("developer.kw", "probes.apk.stat", "extras_found")))
                .containsExactly("developer.kw", "probes.apk.stat", "extras_found");
    }

    @Test
    void everyConstantBelongsToAtLeastOneIndex() throws IllegalAccessException {
        Set<String> listed = new HashSet<>(Fields.LISTINGS);
        listed.addAll(Fields.FINDINGS);
        listed.addAll(Fields.CRAWL_RUNS);
        listed.addAll(Fields.SHOWN_FIELDS);
        List<String> constants = new ArrayList<>();
        for (Field f : Fields.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        assertThat(listed).containsAll(constants);
    }
}
