package io.appaudit.crawler.cli;

import io.appaudit.indexer.docs.Quarter;
import io.appaudit.stores.StoreId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The allowed values of the options several commands share, checked before any command runs: a value outside them
 * is wrong usage (exit code 2), with a message naming the option, the value given and the values allowed.
 */
final class OptionValues implements CommandLine.IExecutionStrategy {

    /** Per option name: what is wrong with a value (naming it and the values allowed), or null when it is allowed. */
    private static final Map<String, Function<Object, String>> RULES = Map.of(
            "--store", OptionValues::store,
            "--run-now", OptionValues::store,
            "--max-apps", v -> atLeast(v, 1),
            "--max-body", v -> atLeast(v, 0),
            "--quarter", OptionValues::quarter,
            "--as", v -> List.of("listing", "discovery", "auto").contains(v) ? null
                    : "'" + v + "' is not a kind of page: use listing, discovery or auto");

    private final CommandLine.IExecutionStrategy next;

    OptionValues(CommandLine.IExecutionStrategy next) {
        this.next = next;
    }

    @Override
    public int execute(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (OptionSpec option : p.matchedOptions()) {
                Function<Object, String> rule = RULES.get(option.longestName());
                if (rule == null) {
                    continue;
                }
                for (Object value : values(option)) {
                    String wrong = rule.apply(value);
                    if (wrong != null) {
                        throw new ParameterException(p.commandSpec().commandLine(), "Invalid value for option '"
                                + option.longestName() + "': " + wrong);
                    }
                }
            }
        }
        return next.execute(parsed);
    }

    /** The values given, one by one (a list option such as {@code --store a,b} holds them as one list). */
    private static List<Object> values(OptionSpec option) {
        List<Object> all = new ArrayList<>();
        for (Object v : option.typedValues()) {
            if (v instanceof Collection<?> c) {
                all.addAll(c);
            } else {
                all.add(v);
            }
        }
        return all;
    }

    private static String store(Object value) {
        try {
            StoreId.of(String.valueOf(value));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage(); // "Unknown store 'x': use one of tencent, …"
        }
    }

    private static String atLeast(Object value, int min) {
        return value instanceof Number n && n.longValue() >= min ? null
                : "'" + value + "' is not allowed: give a whole number from " + min;
    }

    private static String quarter(Object value) {
        try {
            Quarter.parse(String.valueOf(value));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage(); // "'x' is not a quarter: write it like 2026Q4"
        }
    }
}
