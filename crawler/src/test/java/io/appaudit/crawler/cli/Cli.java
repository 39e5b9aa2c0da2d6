package io.appaudit.crawler.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the program in-process and captures what it prints, for tests. */
final class Cli {

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
