package org.wirescope.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds small made-up WARC files byte by byte, so each test controls exactly what is on disk. */
final class WarcFixture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int records;
    private String warcDate = "2024-05-01T10:00:00Z";

    static String page(String headline, String paragraph) {
        return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>" + paragraph + "</p></article></body></html>";
    }

    static byte[] httpResponse(String headers, byte[] body) {
        return concat(("HTTP/1.1 200 OK\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
    }

    static byte[] html(String page) {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        return httpResponse("Content-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n", body);
    }

    /** The WARC-Date of the records written after this, as it stands in the header. */
    WarcFixture fetchedAt(String date) {
        warcDate = date;
        return this;
    }

    WarcFixture response(String target, byte[] block) {
        return record("response", target, "application/http; msgtype=response", block, block.length);
    }

    WarcFixture request(String target) {
        byte[] block = ("GET / HTTP/1.1\r\nHost: " + target + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return record("request", target, "application/http; msgtype=request", block, block.length);
    }

    /** A record that claims {@code block.length} bytes but ends after {@code kept} of them, with nothing after. */
    WarcFixture truncatedResponse(String target, byte[] block, int kept) {
        writeHeader("response", target, "application/http; msgtype=response", block.length);
        out.writeBytes(Arrays.copyOf(block, kept));
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private WarcFixture record(String type, String target, String contentType, byte[] block, int declared) {
        writeHeader(type, target, contentType, declared);
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    private void writeHeader(String type, String target, String contentType, int length) {
        records++;
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", records) + ">\r\n"
                + "WARC-Date: " + warcDate + "\r\n"
                + "WARC-Target-URI: " + target + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
