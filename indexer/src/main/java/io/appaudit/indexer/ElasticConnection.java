package io.appaudit.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.stores.tls.CaTrust;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * One connection to a cluster: the low-level REST client and the typed client over it, checked on open so that a
 * wrong URL or credential fails at once with a message that says which.
 */
public final class ElasticConnection implements AutoCloseable {

    private final ElasticConfig config;
    private final RestClient rest;
    private final ElasticsearchClient client;
    private final ObjectMapper mapper;

    private ElasticConnection(ElasticConfig config, RestClient rest, ObjectMapper mapper) {
        this.config = config;
        this.rest = rest;
        this.mapper = mapper;
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(mapper)));
    }

    /** Opens a connection to the configured URLs and checks it answers cluster health with these credentials. */
    public static ElasticConnection open(ElasticConfig config) {
        if (config.urls().isEmpty()) {
            throw new IllegalArgumentException("No Elasticsearch URL: start the embedded node first");
        }
        HttpHost[] hosts = config.urls().stream()
                .map(u -> new HttpHost(u.getHost(), u.getPort() == -1 ? ("https".equals(u.getScheme()) ? 443 : 80)
                        : u.getPort(), u.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder b = RestClient.builder(hosts)
                .setRequestConfigCallback(rc -> rc.setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setSocketTimeout((int) config.requestTimeout().toMillis()));
        config.apiKey().ifPresent(k -> b.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + k)}));
        if (config.apiKey().isEmpty() && config.username().isPresent()) {
            String token = Base64.getEncoder().encodeToString((config.username().get() + ":" + config.password().get())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            b.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + token)});
        }
        if (config.caCertificate().isPresent()) {
            SSLContext ssl = sslTrusting(config);
            b.setHttpClientConfigCallback(h -> h.setSSLContext(ssl));
        }
        ElasticConnection c = new ElasticConnection(config, b.build(), DocumentMapper.create());
        try {
            c.check();
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void check() {
        String where = config.urls().toString();
        try {
            Response r = rest.performRequest(new Request("GET", "/_cluster/health"));
            JsonNode n = mapper.readTree(r.getEntity().getContent());
            if ("red".equals(n.path("status").asText())) {
                throw new ElasticException("The Elasticsearch cluster at " + where + " is red (some primary shards "
                        + "are unassigned): check it with GET /_cluster/health?level=indices");
            }
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 401) {
                throw new ElasticException("Elasticsearch at " + where + " refused our credentials (401): check "
                        + "APPAUDIT_ES_API_KEY, or APPAUDIT_ES_USERNAME and APPAUDIT_ES_PASSWORD");
            }
            if (status == 403) {
                throw new ElasticException("Elasticsearch at " + where + " accepted our credentials but denies "
                        + "cluster health (403): the user needs the 'monitor' cluster privilege and write access "
                        + "to the " + config.indexPrefix() + "-* indices");
            }
            throw new ElasticException("Elasticsearch at " + where + " answered HTTP " + status
                    + " to GET /_cluster/health: is this an Elasticsearch cluster?", e);
        } catch (SSLHandshakeException e) {
            throw new ElasticException("TLS to " + where + " failed (" + e.getMessage() + "): if the cluster uses "
                    + "its own CA, set elastic.ca-certificate to its PEM file (verification stays on)", e);
        } catch (ConnectException | UnknownHostException e) {
            throw new ElasticException("Cannot reach Elasticsearch at " + where + " (" + e.getMessage()
                    + "): check elastic.urls, or remove it to use the embedded node", e);
        } catch (IOException e) {
            throw new ElasticException("Cannot reach Elasticsearch at " + where + ": " + e, e);
        }
    }

    private static SSLContext sslTrusting(ElasticConfig config) {
        try {
            return CaTrust.fromPem(config.caCertificate().get(), "elastic.ca-certificate").context();
        } catch (IllegalArgumentException e) {
            throw new ElasticException(e.getMessage(), e);
        }
    }

    /**
     * The cluster's health status ({@code green}, {@code yellow} or {@code red}) as it answers now.
     *
     * @throws IOException when it does not answer
     */
    public String clusterStatus() throws IOException {
        return client.cluster().health().status().jsonValue();
    }

    public ElasticsearchClient client() {
        return client;
    }

    public RestClient rest() {
        return rest;
    }

    /** The mapper that turns documents into JSON (snake_case, dates as ISO text, unknown values left out). */
    public ObjectMapper mapper() {
        return mapper;
    }

    public ElasticConfig config() {
        return config;
    }

    public URI firstUrl() {
        return config.urls().get(0);
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            // closing a client has nothing left to lose
        }
    }
}
