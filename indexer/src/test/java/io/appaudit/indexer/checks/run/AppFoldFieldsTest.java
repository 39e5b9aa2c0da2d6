package io.appaudit.indexer.checks.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import io.appaudit.indexer.docs.MappedFields;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The quarter scan reads snapshots by their doc values: every field it asks for is one the listings map. */
class AppFoldFieldsTest {

    @Test
    void everyFoldedFieldIsMappedByTheListingFieldsTemplate() throws IOException {
        assertThat(AppFold.DOC_VALUES).hasSizeGreaterThan(20);
        assertThat(MappedFields.unmapped("listing-fields", AppFold.DOC_VALUES.stream().map(FieldAndFormat::field)
                .toList())).isEmpty();
    }
}
