package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void printsHelpWithEveryCommandAndExitsZero() {
        Cli.Run r = Cli.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("es", "parse", "Exit codes");
    }

    @Test
    void printsTheVersion() {
        Cli.Run r = Cli.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("appaudit ").contains("Elasticsearch (embedded) 8.19.21");
    }

    @Test
    void exitsTwoOnWrongUsage() {
        assertThat(Cli.run("no-such-command").exitCode()).isEqualTo(2);
        assertThat(Cli.run("parse").exitCode()).isEqualTo(2);
    }

    @Test
    void givesEverySubcommandAHelpText() {
        for (String cmd : Main.commandLine().getSubcommands().keySet()) {
            Cli.Run r = Cli.run(cmd, "--help");
            assertThat(r.exitCode()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: appaudit " + cmd);
        }
    }
}
