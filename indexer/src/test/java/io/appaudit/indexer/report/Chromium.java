package io.appaudit.indexer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium for tests, driven over the Chrome DevTools Protocol: started with its own empty profile and
 * {@code --remote-debugging-port=0}, its port read from the DevToolsActivePort file it writes into the profile,
 * then one WebSocket to the browser with a flattened session per page.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    /** The browser: -Dappaudit.test.chromium, else the first of Debian's and Google's usual paths that exists. */
    static Optional<Path> find() {
        String given = System.getProperty("appaudit.test.chromium", "");
        if (!given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private Chromium(Process process, WebSocket.Builder builder, URI browser) throws IOException {
        this.process = process;
        this.socket = await(builder.buildAsync(browser, new Listener()));
    }

    /** Starts the browser with a fresh profile in {@code profile} and connects to it. */
    static Chromium launch(Path binary, Path profile) throws IOException {
        Files.createDirectories(profile);
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0",
                "--user-data-dir=" + profile.toAbsolutePath(), "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(TIMEOUT);
        List<String> lines = List.of();
        while (lines.size() < 2) {
            if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                p.destroyForcibly();
                throw new IOException("Chromium did not start: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            sleep(100);
            if (Files.exists(portFile)) {
                lines = Files.readAllLines(portFile);
            }
        }
        URI browser = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        try {
            return new Chromium(p, HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT), browser);
        } catch (IOException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Opens a page and returns its session id once the document has loaded. */
    String open(URI url) throws IOException {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        call(session, "Page.enable", Map.of());
        call(session, "Emulation.setDeviceMetricsOverride", Map.of("width", 1200, "height", 900,
                "deviceScaleFactor", 1, "mobile", false));
        call(session, "Page.navigate", Map.of("url", url.toString()));
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!"complete".equals(evaluate(session, "document.readyState").asText())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("The page did not load: " + url);
            }
            sleep(100);
        }
        return session;
    }

    /** The value of a JavaScript expression in the page (returned by value, so JSON-like). */
    JsonNode evaluate(String session, String expression) throws IOException {
        JsonNode r = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("Script failed: " + r.path("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** A PNG of the whole page (up to {@code maxHeight} pixels tall) at the page's width. */
    byte[] screenshot(String session, int maxHeight) throws IOException {
        int height = Math.min(maxHeight, evaluate(session, "document.documentElement.scrollHeight").asInt(900));
        call(session, "Emulation.setDeviceMetricsOverride", Map.of("width", 1200, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        String data = call(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", 1200, "height", height, "scale", 1))).path("data").asText();
        return Base64.getDecoder().decode(data);
    }

    /** The methods of the events the browser sent so far (e.g. Page.javascriptDialogOpening). */
    List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    JsonNode call(String session, String method, Map<String, Object> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", json.valueToTree(params));
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        await(socket.sendText(msg.toString(), true));
        JsonNode r = await(reply);
        if (r.has("error")) {
            throw new IOException(method + " failed: " + r.path("error"));
        }
        return r.path("result");
    }

    @Override
    public void close() {
        try {
            call(null, "Browser.close", Map.of());
        } catch (IOException | RuntimeException e) {
            // the browser may already be gone; it is stopped below either way
        }
        socket.abort();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private <T> T await(CompletionStage<T> stage) throws IOException {
        try {
            return stage.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("DevTools: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("DevTools did not answer within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects message fragments; hands replies to their callers and records events. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode m = json.readTree(text.toString());
                    if (m.has("id")) {
                        Optional.ofNullable(pending.remove(m.path("id").asInt())).ifPresent(f -> f.complete(m));
                    } else {
                        events.add(m.path("method").asText());
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
