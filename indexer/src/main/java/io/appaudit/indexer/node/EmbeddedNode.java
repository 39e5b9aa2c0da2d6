package io.appaudit.indexer.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.ElasticConfig.EmbeddedSettings;
import io.appaudit.indexer.ElasticException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: one Elasticsearch node run as a child process from the Maven Central distribution, on
 * loopback, with its data and logs under the data folder. A node already running for the same folder (from
 * {@code appaudit es start}) is reused rather than started twice.
 */
public final class EmbeddedNode {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNode.class);
    /** The node needs room for its distribution, translog and segments; below this it would fail obscurely. */
    private static final long MIN_FREE_BYTES = 1L << 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedSettings settings;
    private final NodeFolder folder;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public EmbeddedNode(EmbeddedSettings settings) {
        this.settings = settings;
        this.folder = NodeFolder.forHome(settings.home(), settings.runAsUser());
    }

    /** A node that answers, with what is known about it. */
    public record Running(URI url, long pid, Path home, boolean startedHere) {
    }

    /** The node recorded for this data folder, if its process lives and it answers cluster health. */
    public Optional<Running> running() {
        Path state = folder.stateFile();
        if (!Files.isReadable(state)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(state.toFile());
            long pid = n.path("pid").asLong(-1);
            URI url = URI.create(n.path("url").asText());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (alive && health(url).isPresent()) {
                return Optional.of(new Running(url, pid, folder.root(), false));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.debug("Ignoring unreadable node state {}: {}", state, e.toString());
            return Optional.empty();
        }
    }

    /** Cluster health status ("green", "yellow", "red") of the node at {@code url}, if it answers. */
    public Optional<String> health(URI url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/_cluster/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(JSON.readTree(r.body()).path("status").asText("unknown"));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Starts the node unless one already runs for this folder, and waits until cluster health answers.
     *
     * @param detached true to let the node outlive this process ({@code appaudit es start}); false to tie it to
     *                 this process (it is stopped by {@link #stop()} or, failing that, at JVM exit)
     */
    public Running start(boolean detached) {
        return start(detached, Map.of());
    }

    /**
     * Starts the node with some of its settings replaced: how a node joins others in a cluster on loopback (for
     * example {@code discovery.type} removed with an empty value, {@code discovery.seed_hosts},
     * {@code cluster.initial_master_nodes}, {@code node.name}, {@code transport.port}).
     *
     * @param settings Elasticsearch settings ({@code -E}) that replace or add to the single-node defaults; an empty
     *                 value removes a default
     */
    public Running start(boolean detached, Map<String, String> settings) {
        Optional<Running> existing = running();
        if (existing.isPresent()) {
            log.info("Reusing the Elasticsearch node at {} (pid {})", existing.get().url(), existing.get().pid());
            return existing.get();
        }
        try {
            return launch(detached, settings);
        } catch (IOException e) {
            throw new ElasticException("Could not start the embedded Elasticsearch in " + folder.root() + ": "
                    + e.getMessage(), e);
        }
    }

    private Running launch(boolean detached, Map<String, String> overrides) throws IOException {
        folder.prepare();
        long free = Files.getFileStore(folder.root()).getUsableSpace();
        if (free < MIN_FREE_BYTES) {
            throw new ElasticException("Only " + (free >> 20) + " MiB free on the disk of " + folder.root()
                    + ": the embedded Elasticsearch needs at least 1 GiB. Free space or set data.dir elsewhere");
        }
        int httpPort = settings.port() == 0 ? freePort() : requireFree(settings.port());
        Path home = new Distribution(settings.version(), settings.repository(), folder.downloads())
                .unpackInto(folder.dist());
        folder.handOver();
        int transportPort = freePort();
        Files.deleteIfExists(folder.pidFile());
        List<String> cmd = new ArrayList<>();
        if (detached) {
            cmd.add("setsid");
        }
        cmd.addAll(folder.runAsPrefix());
        cmd.addAll(List.of("env", "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_JAVA_OPTS=-Xms" + settings.heap() + " -Xmx" + settings.heap(),
                home.resolve("bin/elasticsearch").toString(), "-p", folder.pidFile().toString()));
        Map<String, String> es = new LinkedHashMap<>();
        es.put("cluster.name", "appaudit");
        es.put("node.name", "appaudit-embedded");
        es.put("discovery.type", "single-node");
        es.put("xpack.security.enabled", "false");
        es.put("network.host", "127.0.0.1");
        es.put("http.port", String.valueOf(httpPort));
        es.put("transport.port", String.valueOf(transportPort));
        es.put("path.data", folder.data().toString());
        es.put("path.logs", folder.logs().toString());
        es.put("action.destructive_requires_name", "false");
        es.putAll(overrides);
        es.forEach((k, v) -> {
            if (!v.isEmpty()) {
                cmd.add("-E");
                cmd.add(k + "=" + v);
            }
        });
        Path stdout = folder.logs().resolve("stdout.log");
        log.info("Starting Elasticsearch {} on 127.0.0.1:{} (data in {})", settings.version(), httpPort, folder.data());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(stdout.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        URI url = URI.create("http://127.0.0.1:" + httpPort);
        Instant deadline = Instant.now().plus(settings.startTimeout());
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive() && !detached) {
                throw failed("exited with code " + p.exitValue(), stdout);
            }
            Optional<String> status = health(url);
            if (status.isPresent() && !"red".equals(status.get())) {
                long pid = readPid().orElse(p.pid());
                Files.writeString(folder.stateFile(), JSON.writeValueAsString(Map.of("pid", pid, "url",
                        url.toString(), "started_at", Instant.now().toString(), "version", settings.version())));
                if (!detached) {
                    Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "appaudit-es-stop"));
                }
                log.info("Elasticsearch is ready at {} (pid {})", url, pid);
                return new Running(url, pid, folder.root(), true);
            }
            if (detached && !p.isAlive() && readPid().map(pid -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                    .orElse(false)).orElse(p.exitValue() != 0)) {
                throw failed("exited", stdout);
            }
            sleep(500);
        }
        readPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
        p.destroy();
        throw failed("did not answer cluster health within " + settings.startTimeout().toSeconds() + " s", stdout);
    }

    /** Stops the node recorded for this folder; false when none was running. */
    public boolean stop() {
        Optional<Long> pid = readPid();
        Path state = folder.stateFile();
        if (pid.isEmpty() && !Files.exists(state)) {
            return false;
        }
        Optional<ProcessHandle> h = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (h.isEmpty()) {
            try {
                JsonNode n = JSON.readTree(state.toFile());
                h = ProcessHandle.of(n.path("pid").asLong(-1)).filter(ProcessHandle::isAlive);
            } catch (IOException | RuntimeException e) {
                h = Optional.empty();
            }
        }
        boolean stopped = false;
        if (h.isPresent()) {
            log.info("Stopping Elasticsearch (pid {})", h.get().pid());
            h.get().destroy();
            try {
                h.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("Elasticsearch (pid {}) did not stop within 60 s; killing it", h.get().pid());
                h.get().destroyForcibly();
            }
            stopped = true;
        }
        try {
            Files.deleteIfExists(state);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", state, e.getMessage());
        }
        return stopped;
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            log.warn("Could not stop Elasticsearch: {}", e.toString());
        }
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(folder.pidFile()).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private ElasticException failed(String what, Path stdout) {
        StringBuilder sb = new StringBuilder("The embedded Elasticsearch " + what + ".");
        String tail = tail(folder.logs().resolve("appaudit.log"), 25);
        if (tail.isBlank()) {
            tail = tail(stdout, 25);
        }
        String hint = hint(tail);
        if (!hint.isEmpty()) {
            sb.append(' ').append(hint);
        }
        sb.append("\nLast lines of its log (").append(folder.logs()).append("):\n").append(tail);
        return new ElasticException(sb.toString());
    }

    private static String hint(String tail) {
        if (tail.contains("BindException") || tail.contains("Address already in use")) {
            return "Its port is taken: set elastic.embedded.port to a free port (0 = any free port).";
        }
        if (tail.contains("No space left") || tail.contains("flood stage")) {
            return "The disk is full: free space or set data.dir on another disk.";
        }
        if (tail.contains("can not run elasticsearch as root")) {
            return "It refused to run as root: check elastic.embedded.run-as-user.";
        }
        if (tail.contains("AccessDeniedException")) {
            return "It cannot reach its files: check the owner of the node folder.";
        }
        return "";
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static int requireFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new ElasticException("Port " + port + " on 127.0.0.1 is taken by another process: set "
                    + "elastic.embedded.port to a free port, or 0 for any free port");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElasticException("Interrupted while waiting for Elasticsearch to start");
        }
    }
}
