package io.appaudit.indexer.kibana;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field names inside query strings: KQL (and Lucene) queries, where a field is the name before {@code :} or a
 * range operator, and Lens formulas, where a field is the first argument of a function such as
 * {@code unique_count(package, kql='flagged:true')} and the {@code kql=} argument is a query of its own.
 */
final class QueryFields {

    /** A field and the operation a formula applies to it ({@code query} for a field inside a kql= argument). */
    record Ref(String field, String operation) {
    }

    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    // A wildcard in a field name is kept so that the name matches no field and the check fails.
    private static final Pattern FIELD = Pattern.compile("(?<![\\w.@*\\\\-])([A-Za-z_@*][\\w.@*]*)\\s*(?::|<=|>=|<|>)");
    private static final Pattern QUERY_ARGUMENT = Pattern.compile("\\b(?:kql|lucene)\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern FIELD_ARGUMENT = Pattern.compile("\\b([a-z_]+)\\(\\s*([A-Za-z_@][\\w.@]*)\\s*[,)]");

    private QueryFields() {
    }

    /** The fields a KQL or Lucene query names. */
    static List<String> kql(String query) {
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(QUOTED.matcher(query).replaceAll("\"\""));
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    /** The fields a Lens formula aggregates, and those its kql= / lucene= arguments query. */
    static List<Ref> formula(String formula) {
        List<Ref> refs = new ArrayList<>();
        Matcher q = QUERY_ARGUMENT.matcher(formula);
        while (q.find()) {
            kql(q.group(1).replace("\\'", "'")).forEach(f -> refs.add(new Ref(f, "query")));
        }
        Matcher f = FIELD_ARGUMENT.matcher(q.replaceAll("''"));
        while (f.find()) {
            refs.add(new Ref(f.group(2), f.group(1)));
        }
        return refs;
    }
}
