package io.appaudit.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.config.FetchConfig.EndpointOverride;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointRewriteTest {

    @Test
    void rewritesTheLongestMatchingBase() {
        EndpointRewriteInterceptor r = new EndpointRewriteInterceptor(List.of(
                new EndpointOverride("https://sj.qq.com", "http://127.0.0.1:8089/sj"),
                new EndpointOverride("https://sj.qq.com/appdetail", "http://mirror.example/details")),
                Optional.empty());
        assertThat(r.rewrite("https://sj.qq.com/appdetail/com.tencent.mm"))
                .isEqualTo("http://mirror.example/details/com.tencent.mm");
        assertThat(r.rewrite("https://sj.qq.com/search?q=x")).isEqualTo("http://127.0.0.1:8089/sj/search?q=x");
    }

    @Test
    void leavesAUrlThatOnlySharesAPrefixAlone() {
        EndpointRewriteInterceptor r = new EndpointRewriteInterceptor(List.of(
                new EndpointOverride("https://app.mi.com", "http://127.0.0.1:1/mi")), Optional.empty());
        assertThat(r.rewrite("https://app.mi.com.evil.example/x")).isEqualTo("https://app.mi.com.evil.example/x");
    }

    @Test
    void putsEveryHostUnderTheReplayBase() {
        EndpointRewriteInterceptor r = new EndpointRewriteInterceptor(List.of(),
                Optional.of(URI.create("http://127.0.0.1:8089/replay/")));
        assertThat(r.rewrite("https://h5-api.appstore.vivo.com.cn/detail/1?x=2"))
                .isEqualTo("http://127.0.0.1:8089/replay/h5-api.appstore.vivo.com.cn/detail/1?x=2");
        assertThat(r.rewrite("http://127.0.0.1:8089/replay/already/there"))
                .isEqualTo("http://127.0.0.1:8089/replay/already/there");
    }
}
