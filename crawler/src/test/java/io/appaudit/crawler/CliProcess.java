package io.appaudit.crawler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The appaudit command line in a JVM of its own (this test JVM's class path), its output in a log file. */
public final class CliProcess {

    private CliProcess() {
    }

    /** Writes the settings as a YAML file of dotted keys: values quoted, lists as flow sequences. */
    public static Path writeConfig(Path file, Map<String, Object> settings) throws IOException {
        String yaml = settings.entrySet().stream().map(e -> e.getKey() + ": " + yaml(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static String yaml(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(CliProcess::yaml).collect(Collectors.joining(", ", "[", "]"));
        }
        return "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("--add-exports");
        cmd.add("java.management/sun.management=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.appaudit.crawler.cli.Main");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                log.toFile())).start();
    }
}
