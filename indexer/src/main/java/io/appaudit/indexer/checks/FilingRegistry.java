package io.appaudit.indexer.checks;

import io.appaudit.indexer.names.CompanyNames;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user's export of the filing registry, for D5: which entity each APP filing number is registered to.
 *
 * <p>Registry file (CSV, UTF-8): a header {@code filing_number,entity}. Numbers are compared without spaces and
 * with full-width characters made half-width; a listing's {@code 粤ICP备2023012345号-3A} also finds a row given
 * without the suffix ({@code 粤ICP备2023012345号}).
 */
public final class FilingRegistry {

    /** The entity registered for a filing number, and the row it came from. */
    public record Entry(String filingNumber, String entity, int line) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SUFFIX = Pattern.compile("-[0-9A-Z]*$");

    private final Map<String, Entry> byNumber;
    private final boolean present;

    private FilingRegistry(Map<String, Entry> byNumber, boolean present) {
        this.byNumber = Map.copyOf(byNumber);
        this.present = present;
    }

    /** No registry file: D5 is unknown everywhere. */
    public static FilingRegistry none() {
        return new FilingRegistry(Map.of(), false);
    }

    /** Reads a registry file; one number registered to two different entities is an error naming both lines. */
    public static FilingRegistry read(Path file) {
        Map<String, Entry> m = new HashMap<>();
        for (CsvFile.Row row : CsvFile.read(file, List.of("filing_number", "entity"))) {
            String number = row.require("filing_number");
            String entity = row.require("entity");
            if (CompanyNames.isPlaceholder(entity)) {
                throw row.problem("'" + entity + "' is a placeholder, not an entity");
            }
            Entry e = new Entry(number, entity, row.line());
            Entry before = m.putIfAbsent(key(number), e);
            if (before != null && !CompanyNames.core(before.entity()).equals(CompanyNames.core(entity))) {
                throw row.problem("filing number " + number + " is already registered to '" + before.entity()
                        + "' (line " + before.line() + ")");
            }
        }
        return new FilingRegistry(m, true);
    }

    /** True when a registry file was given. */
    public boolean present() {
        return present;
    }

    /** The registered entity of a filing number, trying the number without its "-NA" suffix second. */
    public Optional<Entry> lookup(String filingNumber) {
        String k = key(filingNumber);
        Entry e = byNumber.get(k);
        if (e == null) {
            e = byNumber.get(SUFFIX.matcher(k).replaceFirst(""));
        }
        return Optional.ofNullable(e);
    }

    private static String key(String number) {
        String s = Normalizer.normalize(number, Normalizer.Form.NFKC).replace('—', '-');
        return SPACES.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
