package org.wirescope.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.wirescope.config.Limits;

/**
 * The ingest stage: reads input specs and yields one {@link Ingested} item per document, or per
 * input that could not be read.
 *
 * <p>A spec is a file, a directory (walked recursively in path order, hidden entries skipped), a
 * glob relative to the working directory ({@code data/*.txt}, {@code **}{@code /*.jsonl}), or
 * {@code -} for standard input (read as plain text). Files are read by extension after stripping
 * {@code .gz}: {@code .jsonl}/{@code .ndjson} give one document per line, {@code .html}/{@code .htm}/{@code .xhtml}
 * give one {@link org.wirescope.model.Source.Format#HTML} document of raw markup, {@code .warc} gives
 * one HTML document per HTML response record (streamed, see {@code WarcRecords}), {@code .rss},
 * {@code .atom} and feed-rooted {@code .xml} give one document per item (see {@code Feeds}), everything
 * else is one plain-text document per file. Specs are expanded when
 * opened (names and sizes only); contents are read one file at a time while iterating.
 *
 * <p>Nothing bad in the input throws: a missing path, an empty, binary, oversized or undecodable
 * file, a bad JSON line or a truncated gzip stream each becomes one {@link Ingested.Failed} item and
 * iteration goes on with the next input.
 *
 * <pre>{@code
 * try (Inputs inputs = Inputs.open(List.of("news/", "extra/*.jsonl.gz", "-"), Limits.DEFAULTS)) {
 *     System.err.printf("%d files, %d bytes%n", inputs.fileCount(), inputs.totalBytes());
 *     for (Ingested item : inputs) {
 *         if (item instanceof Ingested.Document document) pipeline.accept(document.document());
 *         else if (item instanceof Ingested.Failed failed) System.err.println(failed.reject().line());
 *     }
 * }
 * }</pre>
 *
 * <p>An {@code Inputs} can be iterated once and is not thread-safe. Closing it closes the file being
 * read but never standard input.
 */
public final class Inputs implements Iterable<Ingested>, AutoCloseable {

    private final List<Input> inputs;
    private final Limits limits;
    private final InputStream stdin;
    private InputsIterator iterator;
    private boolean closed;

    private Inputs(List<Input> inputs, Limits limits, InputStream stdin) {
        this.inputs = inputs;
        this.limits = limits;
        this.stdin = stdin;
    }

    /** Opens the specs, with {@code -} reading {@link System#in}. */
    public static Inputs open(List<String> specs, Limits limits) {
        return open(specs, limits, System.in);
    }

    /** Opens the specs, with {@code -} reading {@code stdin}. */
    public static Inputs open(List<String> specs, Limits limits, InputStream stdin) {
        return open(specs, limits, stdin, Path.of(""));
    }

    /** Opens the specs with relative paths and globs resolved against {@code workingDirectory}. */
    static Inputs open(List<String> specs, Limits limits, InputStream stdin, Path workingDirectory) {
        Objects.requireNonNull(specs, "specs");
        for (int i = 0; i < specs.size(); i++) Objects.requireNonNull(specs.get(i), "specs[" + i + "]");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        return new Inputs(Specs.expand(specs, workingDirectory), limits, stdin);
    }

    /** Input files after expanding directories and globs, standard input counting as one; specs that matched nothing are not counted. */
    public int fileCount() {
        return (int) inputs.stream().filter(input -> !(input instanceof Input.Unusable)).count();
    }

    /** Sum of the on-disk sizes of the input files (compressed size for {@code .gz}); standard input adds 0. */
    public long totalBytes() {
        return inputs.stream()
                .filter(Input.File.class::isInstance)
                .mapToLong(input -> ((Input.File) input).size())
                .sum();
    }

    /**
     * Streams the items: inputs in spec order, one file open at a time.
     *
     * @throws IllegalStateException when called a second time, or after {@link #close()}
     */
    @Override
    public Iterator<Ingested> iterator() {
        if (iterator != null) throw new IllegalStateException("Inputs can be iterated only once; open the specs again");
        if (closed) throw new IllegalStateException("Inputs is closed");
        iterator = new InputsIterator(inputs, limits, stdin);
        return iterator;
    }

    @Override
    public void close() {
        closed = true;
        if (iterator != null) iterator.close();
    }
}
