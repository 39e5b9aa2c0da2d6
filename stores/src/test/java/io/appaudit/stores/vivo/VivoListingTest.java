package io.appaudit.stores.vivo;

import static io.appaudit.stores.vivo.VivoFixtures.FETCHED_AT;
import static io.appaudit.stores.vivo.VivoFixtures.app;
import static io.appaudit.stores.vivo.VivoFixtures.detailUrl;
import static io.appaudit.stores.vivo.VivoFixtures.ok;
import static io.appaudit.stores.vivo.VivoFixtures.okText;
import static io.appaudit.stores.vivo.VivoFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VivoListingTest {

    private static final String REAL_ID = "12345";
    private static final String FULL_ID = "3021781";
    private static final String REAL_DOWNLOAD = "http://appstore.vivo.com.cn/appinfo/downloadApkFile-h5appstore?id=12345";
    private static final String FULL_DOWNLOAD = "http://appstore.vivo.com.cn/appinfo/downloadApkFile-h5appstore?id=3021781";

    private final VivoAdapter adapter = new VivoAdapter();

    @Test
    void readsEveryFieldOfTheRealDetailReply() {
        Listing expected = Listing.builder(StoreId.VIVO, REAL_ID, "org.example.app")
                .name("Example App")
                .developer("Example Labs")
                .versionName("3.1.0")
                .versionCode(310L)
                .updatedAt(OffsetDateTime.parse("2026-09-28T14:34:02+08:00"))
                .sizeBytes(20_480L * 1024)
                .downloads(1000L)
                .rating(4.5)
                .shortDescription("An app for trying things out")
                .description("An app for trying things out.\nIt does very little.")
                .permissions(List.of())
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "下载", REAL_DOWNLOAD)
                .addDownloadControl(DownloadControl.Kind.APK_ENDPOINT, "download_url", REAL_DOWNLOAD)
                .extra("official", "1")
                .extra("ratersCount", "120")
                .sourceUrl(detailUrl(REAL_ID))
                .fetchedAt(FETCHED_AT)
                .build();

        assertThat(listed(REAL_ID, "vivo-detail.fixture.json")).isEqualTo(expected);
    }

    @Test
    void readsEveryFieldOfADetailReplyWithPermissionsAndAFilingNumber() {
        Listing expected = Listing.builder(StoreId.VIVO, FULL_ID, "org.example.weather")
                .name("示例天气")
                .developer("示例科技（深圳）有限公司")
                .versionName("8.2.1")
                .versionCode(8021L)
                .updatedAt(OffsetDateTime.parse("2025-06-12T09:30:15+08:00"))
                .sizeBytes(51_234L * 1024)
                .downloads(12_345_678L)
                .rating(4.2)
                .shortDescription("精准的天气预报")
                .description("示例天气提供15天天气预报。\n\n主要功能：\n1. 实时天气\n2. 空气质量&预警\n\n"
                        + "ICP备案号：粤ICP备2023012345号-5A")
                .permissions(List.of("获取精确位置", "读取手机状态和身份", "拍摄照片和视频"))
                .filingNumber("粤ICP备2023012345号-5A")
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "下载", FULL_DOWNLOAD)
                .addDownloadControl(DownloadControl.Kind.APK_ENDPOINT, "download_url", FULL_DOWNLOAD)
                .extra("official", "1")
                .extra("ratersCount", "3568")
                .extra("categoryId", "23")
                .sourceUrl(detailUrl(FULL_ID))
                .fetchedAt(FETCHED_AT)
                .build();

        assertThat(listed(FULL_ID, "vivo-detail-full.json")).isEqualTo(expected);
    }

    @Test
    void takesPermissionLabelsFromTitleOrNameOnceEach() {
        assertThat(listed(FULL_ID, "vivo-detail-full.json").permissions())
                .contains(List.of("获取精确位置", "读取手机状态和身份", "拍摄照片和视频"));
    }

    @Test
    void keepsAnExplicitlyEmptyPermissionListAsEmpty() {
        assertThat(listed(REAL_ID, "vivo-detail.fixture.json").permissions()).contains(List.of());
    }

    @Test
    void leavesPermissionsUnknownWhenTheReplyHasNoList() {
        Listing listing = listedEdited(REAL_ID, "vivo-detail.fixture.json", n -> n.remove("permissionList"));

        assertThat(listing.permissions()).isEmpty();
    }

    @Test
    void findsTheFilingNumberInTheIntroduction() {
        assertThat(listed(FULL_ID, "vivo-detail-full.json").filingNumber()).contains("粤ICP备2023012345号-5A");
    }

    @Test
    void turnsTheHtmlIntroductionIntoPlainText() {
        assertThat(listed(REAL_ID, "vivo-detail.fixture.json").description())
                .contains("An app for trying things out.\nIt does very little.");
    }

    @Test
    void offersTheDownloadUrlAsThePrimaryControlAndTheApkEndpoint() {
        assertThat(listed(REAL_ID, "vivo-detail.fixture.json").downloadControls()).containsExactly(
                new DownloadControl(DownloadControl.Kind.PRIMARY, "下载", REAL_DOWNLOAD),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "download_url", REAL_DOWNLOAD));
    }

    @Test
    void offersNoControlWhenTheReplyHasNoDownloadUrl() {
        Listing listing = listedEdited(REAL_ID, "vivo-detail.fixture.json", n -> n.remove("download_url"));

        assertThat(listing.downloadControls()).isEmpty();
    }

    @Test
    void readsADetailReplyWrappedInData() {
        Listing listing = listed(FULL_ID, "vivo-detail-wrapped.json");

        assertThat(listing.packageName()).isEqualTo("org.example.weather");
        assertThat(listing.name()).contains("示例天气");
        assertThat(listing.versionCode()).contains(8021L);
        assertThat(listing.sizeBytes()).contains(51_234L * 1024);
        assertThat(listing.downloads()).contains(12_345_678L);
        assertThat(listing.permissions()).contains(List.of("获取精确位置", "读取手机状态和身份"));
        assertThat(listing.extras()).containsExactlyEntriesOf(Map.of("official", "0"));
    }

    @Test
    void dropsAScoreOutsideZeroToFive() {
        Listing listing = listedEdited(REAL_ID, "vivo-detail.fixture.json", n -> n.put("score", 9.5));

        assertThat(listing.rating()).isEmpty();
    }

    @Test
    void leavesAnUnreadableUploadTimeUnknown() {
        Listing listing = listedEdited(REAL_ID, "vivo-detail.fixture.json", n -> n.put("upload_time", "未知"));

        assertThat(listing.updatedAt()).isEmpty();
    }

    @Test
    void notesAReplyIdThatDiffersFromTheRequestedOne() {
        Listing listing = listed("99999", "vivo-detail.fixture.json");

        assertThat(listing.storeAppId()).isEqualTo("99999");
        assertThat(listing.extras()).containsEntry("replyId", "12345");
    }

    @Test
    void keepsTheStoresFilterFlagOfAListedApp() {
        Listing listing = listedEdited(REAL_ID, "vivo-detail.fixture.json", n -> n.put("filter", true));

        assertThat(listing.extras()).containsEntry("filter", "true");
    }

    @Test
    void readsAReplyWithoutAnIdAsNotListed() {
        ListingResult result = parse("424242", ok(detailUrl("424242"), "vivo-missing.fixture.json"));

        assertThat(result).isEqualTo(new ListingResult.NotListed(StoreId.VIVO, "424242", detailUrl("424242"),
                "The detail reply carries no id (filter: true)"));
    }

    @Test
    void reportsDriftNamingTheMissingPackageAndName() {
        ParseProblem problem = problem(parse(REAL_ID, ok(detailUrl(REAL_ID), "vivo-detail-drift.json")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(problem.missing()).containsExactly("package_name", "title_zh");
        assertThat(problem.subject()).isEqualTo(REAL_ID);
        assertThat(problem.sourceUrl()).isEqualTo(detailUrl(REAL_ID));
    }

    @Test
    void reportsDriftWhenANamedAppHasNoId() {
        ParseProblem problem = problem(parseEdited(REAL_ID, "vivo-detail.fixture.json", n -> n.remove("id")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(problem.missing()).containsExactly("id");
    }

    @Test
    void namesMissingKeysUnderDataWhenTheReplyIsWrapped() {
        ParseProblem problem = problem(parseEdited(FULL_ID, "vivo-detail-wrapped.json",
                n -> ((ObjectNode) n.get("data")).remove("package_name")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(problem.missing()).containsExactly("data.package_name");
    }

    @Test
    void reportsDriftWhenNoKeyOfTheDetailReplyIsThere() {
        ParseProblem problem = problem(parse(REAL_ID, okText(detailUrl(REAL_ID), "{\"app\":{\"appId\":12345}}")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.DRIFT);
        assertThat(problem.missing()).containsExactly("id", "package_name", "title_zh");
    }

    @Test
    void readsAnErrorEnvelopeAsUnexpectedFormat() {
        ParseProblem problem = problem(parse(REAL_ID, okText(detailUrl(REAL_ID), "{\"code\":500,\"msg\":\"系统繁忙\"}")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(problem.message()).isEqualTo("The store answered with an error: code=500, msg=系统繁忙");
    }

    @Test
    void readsHtmlInsteadOfJsonAsUnexpectedFormat() {
        ParseProblem problem = problem(parse(REAL_ID, ok(detailUrl(REAL_ID), "vivo-bad-gateway.html")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(problem.message()).isEqualTo("HTML where JSON was expected");
    }

    @Test
    void readsACaptchaPageAsBlocked() {
        ParseProblem problem = problem(parse(REAL_ID, ok(detailUrl(REAL_ID), "vivo-captcha.html")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @Test
    void readsAVerificationPageWithAServerErrorStatusAsBlocked() {
        ParseProblem problem = problem(parse(REAL_ID, withStatus(detailUrl(REAL_ID), 503, "vivo-captcha.html")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 429})
    void readsRefusalStatusesAsBlocked(int status) {
        ParseProblem problem = problem(parse(REAL_ID, withStatus(detailUrl(REAL_ID), status, "vivo-detail.fixture.json")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.BLOCKED);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 404, 500, 502})
    void reportsOtherStatusesAsHttpStatusProblems(int status) {
        ParseProblem problem = problem(parse(REAL_ID, withStatus(detailUrl(REAL_ID), status, "vivo-bad-gateway.html")));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.HTTP_STATUS);
        assertThat(problem.message()).isEqualTo("HTTP " + status);
    }

    @Test
    void reportsAMissingResponseAsAProblem() {
        ParseProblem problem = problem(adapter.parseListing(app(REAL_ID), List.of()));

        assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.UNEXPECTED_FORMAT);
        assertThat(problem.sourceUrl()).isEqualTo(detailUrl(REAL_ID));
    }

    @Test
    void asksForTheDetailReplyOnly() {
        List<StoreRequest> requests = adapter.listingRequests(app(REAL_ID));

        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.isPlainGet()).isTrue();
            assertThat(r.purpose()).isEqualTo(StoreRequest.Purpose.LISTING);
            assertThat(r.url()).isEqualTo(detailUrl(REAL_ID));
            // the crawler sets every store's User-Agent (stores.vivo.user-agent, else fetch.user-agent)
            assertThat(r.headers()).doesNotContainKey("User-Agent");
        });
    }

    @Test
    void refusesToBuildARequestForANonNumericId() {
        assertThatThrownBy(() -> adapter.listingRequests(app("com.example.app")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("com.example.app");
    }

    private Listing listed(String id, String fixture) {
        ListingResult result = parse(id, ok(detailUrl(id), fixture));
        assertThat(result).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) result).listing();
    }

    private Listing listedEdited(String id, String fixture, Consumer<ObjectNode> edit) {
        ListingResult result = parseEdited(id, fixture, edit);
        assertThat(result).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) result).listing();
    }

    private ListingResult parseEdited(String id, String fixture, Consumer<ObjectNode> edit) {
        ObjectNode node = (ObjectNode) JsonTree.parse(VivoFixtures.bytes(fixture)).orElseThrow();
        edit.accept(node);
        return parse(id, okText(detailUrl(id), node.toString()));
    }

    private ListingResult parse(String id, StoreResponse response) {
        AppRef ref = app(id);
        return adapter.parseListing(ref, List.of(response));
    }

    private static ParseProblem problem(ListingResult result) {
        assertThat(result).isInstanceOf(ListingResult.Problem.class);
        return ((ListingResult.Problem) result).problem();
    }
}
