package org.wirescope.ingest;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.wirescope.config.Limits;
import org.wirescope.model.Source;

/** Walks the inputs one at a time, holding at most one of them open. */
final class InputsIterator implements Iterator<Ingested>, AutoCloseable {

    private final Iterator<Input> inputs;
    private final Limits limits;
    private final InputStream stdin;
    private final JsonLine jsonLine;
    private ItemReader current;
    private boolean closed;

    InputsIterator(List<Input> inputs, Limits limits, InputStream stdin) {
        this.inputs = inputs.iterator();
        this.limits = limits;
        this.stdin = stdin;
        this.jsonLine = new JsonLine(limits);
    }

    @Override
    public boolean hasNext() {
        while (!closed && (current == null || !current.hasNext())) {
            if (current != null) current.close();
            if (!inputs.hasNext()) return false;
            current = open(inputs.next());
        }
        return !closed;
    }

    @Override
    public Ingested next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        if (current != null) current.close();
    }

    private ItemReader open(Input input) {
        try {
            if (input instanceof Input.Unusable unusable) {
                return ItemReader.of(Items.failed(unusable.uri(), unusable.reason(), 0));
            }
            if (input instanceof Input.Stdin) return ItemReader.of(PlainText.readStdin(stdin, limits));
            Input.File file = (Input.File) input;
            InputFormat format = InputFormat.of(file.path());
            Optional<String> unsupported = format.unsupportedReason();
            if (unsupported.isPresent()) return ItemReader.of(Items.failed(file.uri(), unsupported.get(), file.size()));
            return switch (format) {
                case JSONL -> JsonlReader.open(file, limits, jsonLine);
                case WARC -> WarcRecords.open(file, limits);
                case RSS -> Feeds.read(file, limits);
                case XML -> Feeds.looksLikeFeed(file)
                        ? Feeds.read(file, limits)
                        : ItemReader.of(PlainText.read(file, limits, Source.Format.TEXT));
                case HTML -> ItemReader.of(PlainText.read(file, limits, Source.Format.HTML));
                default -> ItemReader.of(PlainText.read(file, limits, Source.Format.TEXT));
            };
        } catch (RuntimeException e) {
            // a bad input never stops a run: whatever a reader trips over becomes this input's reject
            return ItemReader.of(Items.failed(uriOf(input), Reasons.unexpected(e), 0));
        }
    }

    private static String uriOf(Input input) {
        if (input instanceof Input.File file) return file.uri();
        if (input instanceof Input.Unusable unusable) return unusable.uri();
        return Input.Stdin.URI;
    }
}
