package io.appaudit.stores.tencent;

import static io.appaudit.stores.tencent.Fixtures.ALIPAY;
import static io.appaudit.stores.tencent.Fixtures.ALIPAY_PAGE;
import static io.appaudit.stores.tencent.Fixtures.app;
import static io.appaudit.stores.tencent.Fixtures.detail;
import static io.appaudit.stores.tencent.Fixtures.detailUrl;
import static io.appaudit.stores.tencent.Fixtures.ok;
import static io.appaudit.stores.tencent.Fixtures.supplement;
import static io.appaudit.stores.tencent.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: an a.app.qq.com page whose prominent "高速下载" anchor points at the 应用宝 installer, the URL its page
 * data also holds (yybDownInfo.url), next to a "普通下载" anchor to the app's APK. Each anchor is a control with its own
 * label, so the checks see the "fast download" label (M2) rather than a JSON path.
 */
class TencentFastDownloadTest {

    static final String FAST_PAGE = "a.app.qq.com-simple.jsp-fast-download.html";
    private static final String INSTALLER =
            "https://microdown.myapp.com/ug/20251118_155d3b0c31172b5b82df92a4ea7463ba_offset_30814208.apk";
    private static final String APK = "http://imtt.dd.qq.com/sjy.00022/sjy.00004/16891/apk/"
            + "53E2D10B14FC0AA8689059ED97041F3E.apk?fsname=com.eg.android.AlipayGphone_10.8.6.8000.apk";

    private final TencentAdapter adapter = new TencentAdapter();

    /** The sj.qq.com page of the fixture without its download anchors and installer data: a page drawn by script. */
    private static StoreResponse plainDetailPage() {
        String page = text(ALIPAY_PAGE).replaceAll("<a class=\"DownloadBtn_[^\"]*\" href=\"[^\"]*\">[^<]*</a>", "")
                .replaceAll(",\"yybDownload\":\\{[^}]*\\}", "");
        assertThat(page).doesNotContain("microdown.myapp.com/ug/%E5");
        return ok(detailUrl(ALIPAY), page);
    }

    private Listing listed(StoreResponse... responses) {
        ListingResult r = adapter.parseListing(app(ALIPAY), List.of(responses));
        assertThat(r).isInstanceOf(ListingResult.Listed.class);
        return ((ListingResult.Listed) r).listing();
    }

    @Test
    void recordsTheFastDownloadAnchorWithItsOwnLabelWhereThePageDataHoldsTheSameUrl() {
        Listing l = listed(plainDetailPage(), supplement(ALIPAY, FAST_PAGE));

        assertThat(l.downloadControls()).containsExactly(
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "高速下载", INSTALLER),
                new DownloadControl(DownloadControl.Kind.ALTERNATE, "普通下载", APK),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "download_url", APK),
                new DownloadControl(DownloadControl.Kind.APK_ENDPOINT, "apkUrl64",
                        "http://imtt.dd.qq.com/sjy.00022/sjy.00004/16891/apk/7A1C0F2E9B3D4C5E6F708192A3B4C5D6.apk"
                                + "?fsname=com.eg.android.AlipayGphone_10.8.6.8000.apk"));
    }

    @Test
    void neverLabelsAControlThatAnAnchorShowsByItsJsonPath() {
        Listing l = listed(plainDetailPage(), supplement(ALIPAY, FAST_PAGE));

        assertThat(l.downloadControls()).extracting(DownloadControl::label)
                .doesNotContain("a.app.qq.com:yybDownInfo.url");
    }

    @Test
    void leavesOutInstallerLinksOfThePageDataThatAPageWithButtonsDoesNotShow() {
        // expInfo.params.dynamicDownUrl: an installer URL in the data of a page whose buttons are its anchors
        Listing l = listed(plainDetailPage(), supplement(ALIPAY, FAST_PAGE));

        assertThat(l.downloadControls()).extracting(DownloadControl::url).doesNotContain(
                "https://microdown.myapp.com/ug/20251126_5015ea75ab283e2b3ffc3fa6c39a7296_offset_30715904.apk");
    }

    @Test
    void keepsEachAnchorWhenTwoLabelsShareOneTarget() {
        // sj.qq.com's 安全下载 anchor and a.app.qq.com's 高速下载 anchor point at the same installer URL
        Listing l = listed(detail(ALIPAY, ALIPAY_PAGE), supplement(ALIPAY, FAST_PAGE));

        assertThat(l.downloadControls()).filteredOn(c -> c.url().equals(INSTALLER))
                .extracting(DownloadControl::label).containsExactly("安全下载", "高速下载");
    }

    @Test
    void labelsAnInstallerLinkFoundOnlyInThePageDataByItsPath() {
        // the same page without its buttons: the link is known from the data only
        String scriptOnly = text(FAST_PAGE).replaceAll("(?s)<div class=\"download-area\">.*?</div>\\n", "");
        Listing l = listed(plainDetailPage(), ok(Fixtures.supplementUrl(ALIPAY), scriptOnly));

        assertThat(l.downloadControls()).contains(new DownloadControl(DownloadControl.Kind.ALTERNATE,
                "a.app.qq.com:yybDownInfo.url", INSTALLER));
    }
}
