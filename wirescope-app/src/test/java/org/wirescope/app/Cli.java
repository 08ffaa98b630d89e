package org.wirescope.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the command line in-process with captured standard output and error. {@code extract} and
 * {@code ingest} run with {@code --stages clean} unless a test asks otherwise: these tests are about
 * input, output and the store, not the language models.
 */
record Cli(int code, String out, String err) {

    static Cli run(String... given) {
        String[] args = withCleanStages(given);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    static String[] withCleanStages(String... args) {
        boolean pipeline = args.length > 0 && (args[0].equals("extract") || args[0].equals("ingest"));
        if (!pipeline || Arrays.asList(args).contains("--stages") || Arrays.asList(args).contains("--help")) return args;
        String[] out = Arrays.copyOf(args, args.length + 2);
        out[args.length] = "--stages";
        out[args.length + 1] = "clean";
        return out;
    }

    static Cli run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
    }
}
