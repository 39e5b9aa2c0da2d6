package io.appaudit.stores.oppo;

import static io.appaudit.stores.oppo.OppoFixtures.FETCHED;
import static io.appaudit.stores.oppo.OppoFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OppoSignedDetailTest {

    static final String DETAIL = "https://api-cn.store.heytapmobi.com/detail/v4/4169?query=1,4,7&source=1";
    static final String LANDING = "https://app.cdo.oppomobile.com/home/detail?app_id=4169";
    private static final AppRef APP = AppRef.of(StoreId.OPPO, "4169");

    private final OppoAdapter adapter = new OppoAdapter(Optional.of(
            new OppoSigning("k".repeat(48), "CONSTANT", "oak0", "ocs0", "dev0///")));

    private ListingResult parse(StoreResponse... responses) {
        return adapter.parseListing(APP, List.of(responses));
    }

    private Listing listed(StoreResponse... responses) {
        ListingResult r = parse(responses);
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    /** The hand-written detail with the named keys removed wherever they occur. */
    static StoreResponse detailWithout(String... keys) {
        try {
            JsonNode root = JsonTree.mapper().readTree(OppoFixtures.bytes("detail_v4_signed_HANDWRITTEN.json"));
            removeEverywhere(root, List.of(keys));
            return OppoFixtures.ok(DETAIL, JsonTree.mapper().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeEverywhere(JsonNode node, List<String> keys) {
        if (node instanceof ObjectNode o) {
            o.remove(keys);
        }
        node.forEach(child -> removeEverywhere(child, keys));
    }

    @Test
    void requestsTheV4DetailThenTheLandingPageAsASupplement() {
        assertThat(adapter.listingRequests(APP)).extracting(StoreRequest::purpose, StoreRequest::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StoreRequest.Purpose.LISTING, DETAIL),
                org.assertj.core.groups.Tuple.tuple(StoreRequest.Purpose.SUPPLEMENT, LANDING));
    }

    @Test
    void readsEveryFieldOfTheSignedDetail() {
        Listing l = listed(ok(DETAIL, "detail_v4_signed_HANDWRITTEN.json"));

        assertThat(l.store()).isEqualTo(StoreId.OPPO);
        assertThat(l.storeAppId()).isEqualTo("4169");
        assertThat(l.packageName()).isEqualTo("com.tencent.mm");
        assertThat(l.name()).contains("微信");
        assertThat(l.developer()).contains("深圳市腾讯计算机系统有限公司");
        assertThat(l.operator()).isEmpty();
        assertThat(l.versionName()).contains("8.0.49");
        assertThat(l.versionCode()).contains(2600L);
        assertThat(l.updatedAt()).contains(OffsetDateTime.parse("2024-05-20T10:00+08:00"));
        assertThat(l.sizeBytes()).contains(238L * 1024 * 1024);
        assertThat(l.downloads()).contains(17_340_000_000L);
        assertThat(l.rating()).contains(2.93813);
        assertThat(l.category()).contains("社交通讯");
        assertThat(l.shortDescription()).contains("微信，是一个生活方式");
        assertThat(l.description()).contains("微信是一款跨平台的通讯工具。\n支持单人、多人参与。\n通过手机网络发送语音、图片、视频和文字。");
        assertThat(l.privacyPolicyUrl())
                .contains("https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=privacy");
        assertThat(l.website()).contains("https://weixin.qq.com/");
        assertThat(l.permissions()).contains(List.of("拍摄照片和录制视频", "录音", "读取通讯录"));
        assertThat(l.filingNumber()).contains("粤ICP备2023012345号-10A");
        assertThat(l.targetSdk()).contains(34);
        assertThat(l.hashes()).containsExactly(new Hash(Hash.Kind.MD5, "0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        assertThat(l.downloadControls()).containsExactly(new DownloadControl(DownloadControl.Kind.APK_ENDPOINT,
                "base.url", "https://istore.oppomobile.com/download/v1/22926538"));
        assertThat(l.related()).isEmpty();
        assertThat(l.extras()).isEqualTo(Map.of("verId", "22926538", "dlDesc", "173.4 亿次", "tags", "官方,聊天"));
        assertThat(l.sourceUrl()).isEqualTo(DETAIL);
        assertThat(l.fetchedAt()).isEqualTo(FETCHED);
    }

    @Test
    void ignoresTheSaturatedDownloadCountWhenNoDescriptionIsGiven() {
        Listing l = listed(detailWithout("dlDesc"));

        assertThat(l.downloads()).isEmpty();
    }

    @Test
    void reportsAnAppIdOfMinus404AsNotListed() {
        assertThat(parse(ok(DETAIL, "detail_v4_not_found_HANDWRITTEN.json")))
                .isInstanceOf(ListingResult.NotListed.class);
    }

    @Test
    void reportsStatus404AsNotListed() {
        assertThat(parse(OppoFixtures.status(DETAIL, 404, ""))).isInstanceOf(ListingResult.NotListed.class);
    }

    @Test
    void reportsDriftNamingThePackageAndNameWhenTheyAreMissing() {
        ListingResult r = parse(detailWithout("pkgName", "appName"));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class, p -> {
            assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.DRIFT);
            assertThat(p.problem().missing()).containsExactly("base.pkgName", "base.appName");
        });
    }

    @Test
    void reportsABinaryProtobufReplyAsUnsupported() {
        ListingResult r = parse(ok(DETAIL, "detail_v5_protobuf_HANDWRITTEN.bin"));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class, p -> {
            assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
            assertThat(p.problem().message()).contains("protobuf").contains("not supported");
        });
    }

    @Test
    void reportsAProtobufContentTypeAsUnsupported() {
        ListingResult r = parse(OppoFixtures.typed(DETAIL, "application/x-protobuf",
                "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class, p -> {
            assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
            assertThat(p.problem().message()).contains("protobuf");
        });
    }

    @Test
    void reportsHtmlWhereTheDetailJsonWasExpectedAsUnexpectedFormat() {
        ListingResult r = parse(OppoFixtures.okText(DETAIL, "<html><body>网关错误</body></html>"));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class,
                p -> assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT));
    }

    @Test
    void reportsACaptchaWhereTheDetailJsonWasExpectedAsBlocked() {
        ListingResult r = parse(ok(DETAIL, "captcha_HANDWRITTEN.html"));

        assertThat(r).isInstanceOfSatisfying(ListingResult.Problem.class,
                p -> assertThat(p.problem().kind()).isEqualTo(ParseProblem.Kind.BLOCKED));
    }

    @Test
    void fillsWhatTheDetailLacksFromTheLandingPage() {
        Listing l = listed(detailWithout("privacyUrl", "registrationNum"),
                ok(LANDING, "landing_detail_HANDWRITTEN.html"));

        assertThat(l.privacyPolicyUrl())
                .contains("https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_CN&t=weixin_agreement&s=privacy");
        assertThat(l.filingNumber()).contains("粤ICP备2023012345号-10A");
        assertThat(l.sourceUrl()).isEqualTo(DETAIL);
    }

    @Test
    void keepsTheDetailsValuesOverTheLandingPages() {
        Listing l = listed(ok(DETAIL, "detail_v4_signed_HANDWRITTEN.json"), ok(LANDING, "landing_detail_HANDWRITTEN.html"));

        assertThat(l.rating()).contains(2.93813);
        assertThat(l.downloadControls()).extracting(DownloadControl::kind).containsExactly(
                DownloadControl.Kind.APK_ENDPOINT, DownloadControl.Kind.PRIMARY, DownloadControl.Kind.ALTERNATE);
        assertThat(l.related()).extracting(AppRef::storeAppId).containsExactly("33773", "3719450");
    }

    @Test
    void readsTheDetailAloneWhenTheSupplementFailed() {
        Listing l = listed(ok(DETAIL, "detail_v4_signed_HANDWRITTEN.json"),
                OppoFixtures.status(LANDING, 502, "bad gateway"));

        assertThat(l.name()).contains("微信");
        assertThat(l.downloadControls()).hasSize(1);
    }
}
