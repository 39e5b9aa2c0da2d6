package io.appaudit.stores.vivo;

import static io.appaudit.stores.vivo.VivoFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.IdRange;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An id sweep asks vivo's detail endpoint for each id of a configured range: apps found, ids without one skipped. */
class VivoIdSweepTest {

    private static final String INFO = "https://h5-api.appstore.vivo.com.cn/detailInfo?appId=";
    private static final DiscoveryOptions RANGE = new DiscoveryOptions(List.of(), List.of("天气"), 20,
            Optional.of(new IdRange(12340, 12349)));

    private final VivoAdapter adapter = new VivoAdapter();

    private DiscoveryResult sweep(long id, String fixture) {
        StoreRequest asked = StoreRequest.get(StoreId.VIVO, StoreRequest.Purpose.DISCOVERY, INFO + id);
        return adapter.parseDiscovery(asked, ok(asked.url(), fixture), RANGE);
    }

    @Test
    void seedsTheRangesFirstIdAfterTheKeywordSearches() {
        List<StoreRequest> seeds = adapter.discoverySeeds(RANGE);

        assertThat(seeds).hasSize(2);
        assertThat(seeds.get(1).url()).isEqualTo(INFO + "12340");
        assertThat(seeds.get(1).purpose()).isEqualTo(StoreRequest.Purpose.DISCOVERY);
    }

    @Test
    void seedsNoIdWithoutARange() {
        assertThat(adapter.discoverySeeds(new DiscoveryOptions(List.of(), List.of("天气"), 20)))
                .extracting(StoreRequest::url).noneMatch(u -> u.contains("detailInfo"));
    }

    @Test
    void anIdWithAnAppIsAReferenceWithTheDetailRepliesFactsAndAsksTheNextId() {
        DiscoveryResult r = sweep(12345, "vivo-detail.fixture.json");

        assertThat(r.problem()).isEmpty();
        assertThat(r.channel()).contains(DiscoveryChannel.idRange(new IdRange(12340, 12349)));
        assertThat(r.apps()).extracting(AppRef::storeAppId).containsExactly("12345");
        AppRef app = r.apps().get(0);
        assertThat(app.packageName()).contains("org.example.app");
        assertThat(app.via()).isEqualTo("id_range:12340-12349");
        ListItem item = app.item().orElseThrow();
        assertThat(item.versionName()).contains("3.1.0");
        assertThat(item.sizeBytes()).contains(20_480L * 1024);
        assertThat(r.next()).extracting(StoreRequest::url).containsExactly(INFO + "12346");
    }

    @Test
    void anIdWithoutAnAppIsNoAppAndNoProblemAndTheSweepGoesOn() {
        DiscoveryResult r = sweep(12341, "vivo-missing.fixture.json");

        assertThat(r.problem()).isEmpty();
        assertThat(r.apps()).isEmpty();
        assertThat(r.next()).extracting(StoreRequest::url).containsExactly(INFO + "12342");
    }

    @Test
    void theRangesLastIdEndsTheSweep() {
        DiscoveryResult r = sweep(12349, "vivo-missing.fixture.json");

        assertThat(r.ended()).isTrue();
    }

    @Test
    void anUnreadableReplyIsAProblem() {
        DiscoveryResult r = sweep(12342, "vivo-captcha.html");

        assertThat(r.problem()).map(ParseProblem::kind).contains(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void anIdOutsideTheConfiguredRangeIsNotRead() {
        DiscoveryResult r = sweep(99, "vivo-detail.fixture.json");

        assertThat(r.problem()).map(ParseProblem::message).hasValueSatisfying(m -> assertThat(m)
                .contains("stores.vivo.id-range"));
    }

    @Test
    void theSearchIsStillReadAsASearch() {
        StoreRequest search = adapter.discoverySeeds(RANGE).get(0);

        assertThat(adapter.parseDiscovery(search, ok(search.url(), "vivo-search.fixture.json"), RANGE).apps())
                .hasSize(2);
    }
}
