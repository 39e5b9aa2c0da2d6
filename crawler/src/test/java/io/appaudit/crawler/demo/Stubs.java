package io.appaudit.crawler.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * WireMock stub JSON for the replay. A store URL {@code https://<host>/<path>?<query>} is requested from the replay
 * as {@code /<host>/<path>?<query>} (fetch.replay-base), so stubs match {@code urlPath} {@code /<host>/<path>} and,
 * where the path alone is ambiguous, query parameters (WireMock compares them decoded).
 */
final class Stubs {

    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String APK = "application/vnd.android.package-archive";
    /** Most specific first: WireMock picks the matching stub with the lowest number. */
    static final int RANGE = 1;
    static final int SPECIFIC = 3;
    static final int NORMAL = 5;
    static final int FALLBACK = 9;

    private Stubs() {
    }

    /** {@code /<host>/<raw path>} of a canonical URL. */
    static String replayPath(String canonicalUrl) {
        URI u = URI.create(canonicalUrl);
        return "/" + u.getHost() + (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
    }

    static ObjectNode request(String method, String canonicalUrl) {
        ObjectNode r = ReplayFiles.object();
        r.put("method", method);
        r.put("urlPath", replayPath(canonicalUrl));
        return r;
    }

    /** A request matching every query parameter of the URL, decoded. */
    static ObjectNode requestWithQuery(String method, String canonicalUrl) {
        ObjectNode r = request(method, canonicalUrl);
        String q = URI.create(canonicalUrl).getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                param(r, name, "equalTo", value);
            }
        }
        return r;
    }

    /** A request on every path under a prefix, such as a whole host: {@code urlPathPattern}. */
    static ObjectNode requestUnder(String method, String replayPathPrefix) {
        ObjectNode r = ReplayFiles.object();
        r.put("method", method);
        r.put("urlPathPattern", replayPathPrefix.replace(".", "\\.") + ".*");
        return r;
    }

    static ObjectNode param(ObjectNode request, String name, String matcher, String value) {
        ObjectNode params = request.has("queryParameters") ? (ObjectNode) request.get("queryParameters")
                : request.putObject("queryParameters");
        params.putObject(name).put(matcher, value);
        return request;
    }

    static ObjectNode stub(ObjectNode request, ObjectNode response, int priority) {
        ObjectNode s = ReplayFiles.object();
        s.set("request", request);
        s.set("response", response);
        s.put("priority", priority);
        return s;
    }

    /** A response whose body is a file under {@code __files/}. */
    static ObjectNode file(int status, String contentType, String bodyFileName) {
        ObjectNode r = response(status, contentType);
        r.put("bodyFileName", bodyFileName);
        return r;
    }

    static ObjectNode body(int status, String contentType, String body) {
        ObjectNode r = response(status, contentType);
        r.put("body", body);
        return r;
    }

    static ObjectNode bytes(int status, String contentType, byte[] body) {
        ObjectNode r = response(status, contentType);
        r.put("base64Body", Base64.getEncoder().encodeToString(body));
        return r;
    }

    static ObjectNode redirect(String location) {
        ObjectNode r = ReplayFiles.object();
        r.put("status", 302);
        r.putObject("headers").put("Location", location);
        return r;
    }

    static ObjectNode header(ObjectNode response, String name, String value) {
        ((ObjectNode) response.get("headers")).put(name, value);
        return response;
    }

    private static ObjectNode response(int status, String contentType) {
        ObjectNode r = ReplayFiles.object();
        r.put("status", status);
        r.putObject("headers").put("Content-Type", contentType);
        return r;
    }
}
