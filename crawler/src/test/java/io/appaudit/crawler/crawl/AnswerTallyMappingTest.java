package io.appaudit.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.crawler.crawl.AnswerTally.Endpoint;
import io.appaudit.indexer.docs.CrawlRunDocument;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The names the tally writes into the crawl-run document are the ones the crawl-runs template maps. */
class AnswerTallyMappingTest {

    @Test
    void everyEndpointAndAnswerClassIsMappedInTheCrawlRunsTemplate() throws IOException {
        JsonNode answers = new ObjectMapper().readTree(IndexLayout.templateJson("crawl-runs", "t")).path("template")
                .path("mappings").path("properties").path(CrawlRunDocument.ANSWERS).path("properties");
        for (Endpoint e : Endpoint.values()) {
            for (AnswerClass c : AnswerClass.values()) {
                assertThat(answers.path(e.label()).path("properties").path(c.field()).path("type").asText())
                        .as(e.label() + "." + c.field()).isEqualTo("long");
            }
        }
    }
}
