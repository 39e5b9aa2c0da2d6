package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value an option does not allow is wrong usage: exit code 2, before the command does anything, with a message
 * that names the option, the value given and the values allowed.
 */
class WrongUsageTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            crawl    | --store    | nosuch   | tencent, xiaomi, oppo, huawei, vivo
            audit    | --store    | appstore | tencent, xiaomi, oppo, huawei, vivo
            rates    | --store    | nosuch   | tencent, xiaomi, oppo, huawei, vivo
            crawl    | --max-apps | -1       | a whole number from 1
            crawl    | --max-apps | 0        | a whole number from 1
            audit    | --max-apps | -1       | a whole number from 1
            rates    | --quarter  | 2026Q5   | write it like 2026Q4
            check    | --quarter  | Q4       | write it like 2026Q4
            report   | --quarter  | 2026-10  | write it like 2026Q4
            schedule | --run-now  | nosuch   | tencent, xiaomi, oppo, huawei, vivo
            """)
    void aValueTheOptionDoesNotAllowIsWrongUsageNamingOptionValueAndAllowedValues(String command, String option,
            String value, String allowed) {
        Cli.Run r = Cli.run("--data-dir", dir.resolve("data").toString(), command, option, value);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("'" + option + "'", "'" + value + "'", allowed).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aListOfStoresNamesTheOneThatIsNotAStore() {
        Cli.Run r = Cli.run("--data-dir", dir.resolve("data").toString(), "crawl", "--store", "xiaomi,appstore,vivo");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("'--store'", "'appstore'").doesNotContain("'xiaomi'", "'vivo'");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --max-body | -5       | a whole number from 0
            --store    | nosuch   | tencent, xiaomi, oppo, huawei, vivo
            """)
    void evidenceRejectsAValueItsOptionsDoNotAllow(String option, String value, String allowed) {
        Cli.Run r = Cli.run("--data-dir", dir.resolve("data").toString(), "evidence", "com.example", option, value);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("'" + option + "'", "'" + value + "'", allowed);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --store nosuch          | --store | nosuch | tencent, xiaomi, oppo, huawei, vivo
            --store vivo --as html  | --as    | html   | listing, discovery or auto
            """)
    void parseRejectsAValueItsOptionsDoNotAllow(String options, String option, String value, String allowed)
            throws IOException {
        Path body = Files.writeString(dir.resolve("body.json"), "{}");
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString(), "parse"));
        args.addAll(List.of(options.split(" ")));
        args.add(body.toString());
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("'" + option + "'", "'" + value + "'", allowed);
    }
}
