package io.appaudit.crawler.fetch;

import io.appaudit.crawler.config.FetchConfig.ProxyConfig;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends each store's requests (its probes included) through its proxy: stores.&lt;s&gt;.proxy, else fetch.proxy,
 * else none. Users outside mainland China reach the stores through one.
 */
final class ProxyInterceptor implements Interceptor {

    private final Map<StoreId, Optional<ProxyConfig>> proxies;

    ProxyInterceptor(Map<StoreId, Optional<ProxyConfig>> proxies) {
        this.proxies = new EnumMap<>(proxies);
        proxies.values().stream().flatMap(Optional::stream)
                .filter(p -> p.type().equals("socks") && p.user().isPresent() && p.password().isPresent())
                .findFirst().ifPresent(ProxyInterceptor::socksCredentials);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext ctx = CallContext.of(chain.request());
        Optional<ProxyConfig> p = proxies.getOrDefault(ctx.store(), Optional.empty());
        if (p.isEmpty()) {
            return chain.withProxy(Proxy.NO_PROXY).proceed(chain.request());
        }
        ProxyConfig c = p.get();
        Proxy proxy = new Proxy(c.type().equals("socks") ? Proxy.Type.SOCKS : Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(c.host(), c.port()));
        Chain via = chain.withProxy(proxy);
        if (c.type().equals("http") && c.user().isPresent() && c.password().isPresent()) {
            String credential = Credentials.basic(c.user().get(), c.password().get());
            Authenticator auth = (route, response) -> response.request().header("Proxy-Authorization") != null
                    ? null : response.request().newBuilder().header("Proxy-Authorization", credential).build();
            via = via.withProxyAuthenticator(auth);
        }
        return via.proceed(chain.request());
    }

    /** The JDK's SOCKS client asks the process-wide authenticator; answer it for the configured proxy only. */
    private static void socksCredentials(ProxyConfig c) {
        java.net.Authenticator.setDefault(new java.net.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (c.host().equalsIgnoreCase(getRequestingHost()) && c.port() == getRequestingPort()) {
                    return new PasswordAuthentication(c.user().get(), c.password().get().toCharArray());
                }
                return null;
            }
        });
    }
}
