package io.appaudit.crawler.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an undisturbed audit of the chaos store finds for each of its listings (every listing is made from the same
 * template, so each finds the same checks: the fixture's app was last updated long ago). Measured once per test
 * JVM by two clean crawls with probes, a second apart, and the checks; a fault test's findings beyond these are
 * false findings of the fault.
 */
final class Baseline {

    private static Set<String> checks;

    private Baseline() {
    }

    /** The check ids a clean audit finds on every listing of the chaos store. */
    static synchronized Set<String> checksPerListing() {
        if (checks == null) {
            checks = measure();
        }
        return checks;
    }

    /** The findings ({@code "<check> <package>"}) that no undisturbed audit of the same listings makes. */
    static Set<String> falseFindings(Set<String> findings) {
        Set<String> clean = checksPerListing();
        Set<String> out = new TreeSet<>();
        for (String f : findings) {
            if (!clean.contains(f.substring(0, f.indexOf(' ')))) {
                out.add(f);
            }
        }
        return out;
    }

    private static Set<String> measure() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("appaudit-chaos-baseline");
            try (ChaosStore store = new ChaosStore(3, 5);
                 ChaosCrawl crawl = new ChaosCrawl(dir, store.baseUrl(), "baseline")) {
                crawl.crawl(true);
                Thread.sleep(1_100);
                crawl.crawl(true);
                Set<String> out = new TreeSet<>();
                for (String f : crawl.problemFindings()) {
                    out.add(f.substring(0, f.indexOf(' ')));
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The chaos baseline crawl failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted measuring the chaos baseline", e);
        } finally {
            Folders.deleteQuietly(dir);
        }
    }
}
