package io.appaudit.indexer.node;

import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the embedded node keeps its distribution, data and logs, and which account it runs as. Elasticsearch
 * refuses to run as root, so as root the node runs as an unprivileged system account (created if missing) that
 * owns the node's folder; when that folder sits below one the account cannot enter (such as {@code /root}), the
 * node's files move to {@code /var/lib/appaudit/nodes/<digest of the folder>}.
 */
final class NodeFolder {

    private static final Logger log = LoggerFactory.getLogger(NodeFolder.class);

    private final Path state;
    private final Path root;
    private final String user;

    private NodeFolder(Path state, Path root, String user) {
        this.state = state;
        this.root = root;
        this.user = user;
    }

    static NodeFolder forHome(Path home, String runAsUser) {
        Path abs = home.toAbsolutePath().normalize();
        if (!isRoot()) {
            return new NodeFolder(abs, abs, null);
        }
        // the folders above the home, not the home itself: a node that ran there before closed its own folder
        // (owned by its account, rwx------), and a restart must find the same folder and data
        Path root = othersCanEnter(abs.getParent()) ? abs : Path.of("/var/lib/appaudit/nodes", digest(abs.toString()));
        return new NodeFolder(abs, root, runAsUser);
    }

    Path root() { return root; }
    Path dist() { return root.resolve("dist"); }
    Path data() { return root.resolve("data"); }
    Path logs() { return root.resolve("logs"); }
    Path pidFile() { return root.resolve("node.pid"); }
    Path downloads() { return state.resolve("downloads"); }
    /** The state file stays in the tool's own folder, so {@code es status} finds the node wherever it lives. */
    Path stateFile() { return state.resolve("node.json"); }

    void prepare() throws IOException {
        if (root.equals(state) && state.getParent() != null) {
            // the node lives in its home because every folder above it lets others pass: a missing one is created
            // passable too, or the owner-only folders below would shut the node's account out of its own home
            Files.createDirectories(state.getParent());
        }
        OwnerOnly.createFolders(state);
        // the parents of a folder outside the data folder (/var/lib/appaudit/nodes) stay passable for the node's
        // account; the node's own folder and everything in it are closed
        Files.createDirectories(root.getParent());
        for (Path p : List.of(root, dist(), data(), logs())) {
            OwnerOnly.createFolders(p);
        }
        OwnerOnly.close(root);
        if (user != null) {
            ensureUser();
        }
    }

    /** Gives the node's account its folder: it must write data, logs and its pid file there. */
    void handOver() throws IOException {
        if (user == null) {
            return;
        }
        run(List.of("chown", "-R", user + ":", root.toString()));
        // owned by the node's account and closed to everyone else, the tool's own account included (root passes)
        run(List.of("chmod", "700", root.toString(), data().toString(), logs().toString()));
    }

    /** The command prefix that runs a program as the node's account, empty when no switch is needed. */
    List<String> runAsPrefix() {
        return user == null ? List.of() : List.of("runuser", "-u", user, "--");
    }

    private void ensureUser() throws IOException {
        if (run(List.of("id", "-u", user)) == 0) {
            return;
        }
        log.info("Creating the system account '{}' to run Elasticsearch (it refuses to run as root)", user);
        if (run(List.of("useradd", "-r", "-M", "-d", root.toString(), "-s", "/usr/sbin/nologin", user)) != 0) {
            throw new ElasticException("Could not create the system account '" + user + "' that runs Elasticsearch "
                    + "(it refuses root): create it yourself (useradd -r " + user + ") or set elastic.embedded.run-as-user");
        }
    }

    private static int run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted running " + cmd, e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** True when {@code p} and every existing folder above it can be passed through by other accounts. */
    private static boolean othersCanEnter(Path p) {
        for (Path a = p; a != null; a = a.getParent()) {
            if (Files.exists(a)) {
                try {
                    if (!Files.getPosixFilePermissions(a).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        return false;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
