package io.appaudit.indexer.checks;

import io.appaudit.indexer.names.CompanyNames;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether two company names are one entity, one corporate group, or unrelated: the rule of AUDIT-RULES.md (names
 * compared after {@link CompanyNames} normalisation; equal brands of at least two characters; or the user's group
 * file says so).
 *
 * <p>Group file (CSV, UTF-8): a header {@code group,company}, then one row per company; companies with the same
 * {@code group} label belong together. Example: {@code 蚂蚁集团,支付宝（中国）网络技术有限公司}.
 */
public final class CompanyGroups {

    /** How two names relate. */
    public enum Kind { SAME, RELATED, UNRELATED }

    /** The relation of two names, and why (the brand they share or the group label). */
    public record Relation(Kind kind, String reason) {
        public Relation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Brands shorter than this join nothing: one character is the start of too many names. */
    private static final int MIN_BRAND_LENGTH = 2;

    private final Map<String, String> groupByCore;

    private CompanyGroups(Map<String, String> groupByCore) {
        this.groupByCore = Map.copyOf(groupByCore);
    }

    /** The brand rule alone, without a group file. */
    public static CompanyGroups brandsOnly() {
        return new CompanyGroups(Map.of());
    }

    /** Reads a group file; a company listed under two groups is an error naming both lines. */
    public static CompanyGroups read(Path file) {
        Map<String, String> groups = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvFile.Row row : CsvFile.read(file, List.of("group", "company"))) {
            String group = row.require("group");
            String company = row.require("company");
            if (CompanyNames.isPlaceholder(company)) {
                throw row.problem("'" + company + "' is a placeholder, not a company name");
            }
            String core = CompanyNames.core(company);
            String before = groups.putIfAbsent(core, group);
            if (before != null && !before.equals(group)) {
                throw row.problem("'" + company + "' is already in group '" + before + "' (line "
                        + lines.get(core) + "); a company belongs to one group");
            }
            lines.putIfAbsent(core, row.line());
        }
        return new CompanyGroups(groups);
    }

    /** The group label the group file gives a company, if any. */
    public Optional<String> groupOf(String name) {
        return Optional.ofNullable(groupByCore.get(CompanyNames.core(name)));
    }

    /** How two present, non-placeholder names relate. */
    public Relation relation(String a, String b) {
        String ca = CompanyNames.core(a);
        String cb = CompanyNames.core(b);
        if (ca.equals(cb)) {
            return new Relation(Kind.SAME, "same entity");
        }
        String ga = groupByCore.get(ca);
        if (ga != null && ga.equals(groupByCore.get(cb))) {
            return new Relation(Kind.RELATED, "group file: " + ga);
        }
        String ba = CompanyNames.brand(ca);
        String bb = CompanyNames.brand(cb);
        if (ba.equals(bb) && ba.codePointCount(0, ba.length()) >= MIN_BRAND_LENGTH) {
            return new Relation(Kind.RELATED, "same brand: " + ba);
        }
        return new Relation(Kind.UNRELATED, "different groups");
    }

    /** True when the names are one entity or one group. */
    public boolean oneGroup(String a, String b) {
        return relation(a, b).kind() != Kind.UNRELATED;
    }
}
