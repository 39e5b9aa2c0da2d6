package io.appaudit.crawler.chaos;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The appaudit command line in a process of its own, logging as the shipped program does (the production
 * logback.xml, not the tests'), with the environment given; its standard output and error go to one file.
 */
final class ChaosCli {

    private ChaosCli() {
    }

    static Process start(Path output, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("--add-exports");
        cmd.add("java.management/sun.management=ALL-UNNAMED");
        cmd.add("-Dlogback.configurationFile=" + shippedLogback());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.appaudit.crawler.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        b.environment().putAll(env);
        return b.start();
    }

    /** Runs the command to its end (at most three minutes) and returns its exit code. */
    static int run(Path output, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process p = start(output, env, args);
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("appaudit " + String.join(" ", args) + " did not end within 3 minutes");
        }
        return p.exitValue();
    }

    /** The logback.xml the program ships with (src/main/resources), as built. */
    static Path shippedLogback() {
        URL u = ChaosCli.class.getClassLoader().getResource("logback.xml");
        if (u == null) {
            throw new IllegalStateException("logback.xml is not on the class path");
        }
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
