package io.appaudit.crawler.apk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file server on the JDK's HttpServer that answers Range requests (WireMock does not do ranges): files are
 * served by path as a replay of {@code https://<host>/<path>} would ask for them ({@code /<host>/<path>}), each with a
 * behaviour: honest ranges, ranges ignored (200 and the whole file), or a size it lies about. A path may redirect.
 */
final class RangeServer implements AutoCloseable {

    enum Mode {
        /** 206 with the bytes asked for. */
        RANGES,
        /** 200 with the whole file, whatever the Range. */
        WHOLE,
        /** Claims a file a megabyte longer than it is, and sends fewer bytes than its Content-Length for those. */
        LYING
    }

    private record Served(byte[] bytes, Mode mode) {
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final HttpServer server;
    private final Map<String, Served> files = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    /** Every request: method, path and Range header. */
    final List<String> log = new CopyOnWriteArrayList<>();

    RangeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void serve(String path, byte[] bytes, Mode mode) {
        files.put(path, new Served(bytes, mode));
    }

    void redirect(String path, String location) {
        redirects.put(path, location);
    }

    long rangeRequests() {
        return log.stream().filter(l -> l.contains("bytes=")).count();
    }

    private void handle(HttpExchange x) throws IOException {
        try {
            String path = x.getRequestURI().getPath();
            String range = x.getRequestHeaders().getFirst("Range");
            log.add(x.getRequestMethod() + " " + path + " " + range);
            if (redirects.containsKey(path)) {
                x.getResponseHeaders().add("Location", redirects.get(path));
                x.sendResponseHeaders(302, -1);
                return;
            }
            Served f = files.get(path);
            if (f == null) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            long size = f.mode() == Mode.LYING ? f.bytes().length + (1 << 20) : f.bytes().length;
            x.getResponseHeaders().add("Content-Type", "application/vnd.android.package-archive");
            x.getResponseHeaders().add("ETag", "\"v1-" + f.bytes().length + "\"");
            x.getResponseHeaders().add("Last-Modified", "Mon, 07 Dec 2026 01:00:00 GMT");
            if (f.mode() != Mode.WHOLE) {
                x.getResponseHeaders().add("Accept-Ranges", "bytes");
            }
            Matcher m = range == null ? null : RANGE.matcher(range.trim());
            boolean head = "HEAD".equals(x.getRequestMethod());
            if (f.mode() == Mode.WHOLE || m == null || !m.matches()) {
                x.getResponseHeaders().add("Content-Length", String.valueOf(size));
                x.sendResponseHeaders(200, head ? -1 : size);
                if (!head) {
                    write(x.getResponseBody(), f.bytes(), 0, size);
                }
                return;
            }
            long from;
            long to;
            if (m.group(1).isEmpty()) {
                from = Math.max(0, size - Long.parseLong(m.group(2)));
                to = size - 1;
            } else {
                from = Long.parseLong(m.group(1));
                to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
            }
            if (from >= size || from > to) {
                x.getResponseHeaders().add("Content-Range", "bytes */" + size);
                x.sendResponseHeaders(416, -1);
                return;
            }
            x.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + size);
            x.sendResponseHeaders(206, head ? -1 : to - from + 1);
            if (!head) {
                write(x.getResponseBody(), f.bytes(), from, to - from + 1);
            }
        } finally {
            x.close();
        }
    }

    /** Writes what the file has of {@code [from, from + n)}: a lying server runs out early. */
    private static void write(OutputStream out, byte[] bytes, long from, long n) throws IOException {
        int start = (int) Math.min(from, bytes.length);
        int end = (int) Math.min(from + n, bytes.length);
        out.write(bytes, start, end - start);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
