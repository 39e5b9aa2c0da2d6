package io.appaudit.crawler.validity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated stores on WireMock, as fetch.replay-base asks for them: {@code https://<host>/<path>?<query>} is
 * served at {@code /<host>/<path>?<query>}. Bodies are written under the temp folder's {@code __files}; stubs are
 * registered in process. Lower priority numbers win.
 */
final class Served {

    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";
    static final int SPECIFIC = 2;
    static final int NORMAL = 5;
    static final int FALLBACK = 9;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WireMockServer server;
    private final Path files;

    Served(WireMockServer server, Path root) {
        this.server = server;
        this.files = root.resolve("__files");
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("generated JSON does not serialise", e);
        }
    }

    /** Writes a body file and returns its name under {@code __files}. */
    String file(String name, String body) {
        try {
            Path p = files.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, body, StandardCharsets.UTF_8);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /<host>/<raw path>} of a store URL. */
    static String path(String canonical) {
        URI u = URI.create(canonical);
        return "/" + u.getHost() + (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
    }

    /** A request on the URL's path with each of its query parameters, any method. */
    static MappingBuilder request(String canonical) {
        MappingBuilder m = any(urlPathEqualTo(path(canonical)));
        String q = URI.create(canonical).getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                m = m.withQueryParam(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        equalTo(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
            }
        }
        return m;
    }

    static MappingBuilder under(String host) {
        return any(urlPathMatching("/" + host.replace(".", "\\.") + "/.*"));
    }

    static ResponseDefinitionBuilder body(int status, String type, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body);
    }

    ResponseDefinitionBuilder bodyFile(String type, String name, String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", type).withBodyFile(file(name, body));
    }

    void stub(MappingBuilder request, ResponseDefinitionBuilder response, int priority) {
        server.stubFor(request.atPriority(priority).willReturn(response));
    }

    /** HTML text: {@code & < > "} escaped. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** JSON inside a script element: {@code </} would end it. */
    static String script(String json) {
        return json.replace("</", "<\\/");
    }
}
