package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.stores.ParseProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyTriageTest {

    private final ReplyTriage plain = ReplyTriage.withExtraMarkers();
    private final ReplyTriage withExtras = ReplyTriage.withExtraMarkers("滑块", "Access Denied");

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 206, 299})
    void readsAny2xxAsNoProblem(int status) {
        assertThat(ReplyTriage.statusKind(status)).isEmpty();
        assertThat(ReplyTriage.isSuccess(status)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 429})
    void readsForbiddenAndTooManyRequestsAsBlocked(int status) {
        assertThat(ReplyTriage.statusKind(status)).contains(ParseProblem.Kind.BLOCKED);
        assertThat(ReplyTriage.isRefusal(status)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 199, 300, 302, 304, 400, 401, 404, 410, 500, 502, 503})
    void readsEveryOtherStatusAsAnHttpStatusProblem(int status) {
        assertThat(ReplyTriage.statusKind(status)).contains(ParseProblem.Kind.HTTP_STATUS);
        assertThat(ReplyTriage.isRefusal(status)).isFalse();
    }

    @Test
    void seesTheCommonMarkersInEveryStoresTriage() {
        assertThat(plain.looksBlocked("<title>安全验证</title>")).isTrue();
        assertThat(plain.looksBlocked("<script src=https://turing.captcha.qcloud.com/TCaptcha.js>")).isTrue();
        assertThat(withExtras.looksBlocked("您的访问过于频繁，请稍后再试")).isTrue();
        assertThat(withExtras.markers()).startsWith(ReplyTriage.COMMON_MARKERS.toArray(String[]::new));
    }

    @Test
    void matchesMarkersWhateverTheirCase() {
        assertThat(plain.looksBlocked("Please solve the CAPTCHA")).isTrue();
        assertThat(withExtras.looksBlocked("ACCESS DENIED by policy")).isTrue();
    }

    @Test
    void seesAStoresExtraMarkersOnlyInThatStoresTriage() {
        assertThat(withExtras.looksBlocked("请拖动滑块完成拼图")).isTrue();
        assertThat(plain.looksBlocked("请拖动滑块完成拼图")).isFalse();
    }

    @Test
    void doesNotTakeAnOrdinaryPageForABlock() {
        assertThat(withExtras.looksBlocked("<html><h1>微信</h1><p>聊天、朋友圈</p></html>")).isFalse();
        assertThat(withExtras.looksBlocked(null)).isFalse();
    }

    @Test
    void doesNotTakeJsonQuotingAMarkerForABlockPage() {
        String truncatedJson = "{\"intro\":\"登录时输入短信验证码即可";
        assertThat(plain.looksBlocked(truncatedJson)).isTrue();
        assertThat(plain.looksLikeBlockPage(truncatedJson)).isFalse();
        assertThat(plain.looksLikeBlockPage("  <html><body>验证码</body></html>")).isTrue();
    }

    @Test
    void refusesABlankMarker() {
        assertThatThrownBy(() -> ReplyTriage.withExtraMarkers(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
