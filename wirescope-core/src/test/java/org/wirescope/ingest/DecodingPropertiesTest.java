package org.wirescope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.wirescope.config.Limits;

class DecodingPropertiesTest {

    @Property(tries = 500)
    void anyBytesGiveADocumentThatReencodesToThemOrAFailedItem(@ForAll("inputs") byte[] bytes) {
        List<Ingested> items;
        try (Inputs inputs = Inputs.open(List.of("-"), Limits.DEFAULTS, new ByteArrayInputStream(bytes))) {
            items = Ingest.collect(inputs);
        }

        assertThat(items).hasSize(1);
        if (items.get(0) instanceof Ingested.Document document) {
            var raw = document.document();
            Statistics.label("outcome").collect(raw.encoding());
            int bom = hasUtf8Bom(bytes) ? 3 : raw.encoding().startsWith("UTF-16") ? 2 : 0;
            byte[] expected = Arrays.copyOfRange(bytes, bom, bytes.length);
            assertThat(raw.text().getBytes(Charset.forName(raw.encoding()))).isEqualTo(expected);
        } else {
            String reason = ((Ingested.Failed) items.get(0)).reject().reason();
            Statistics.label("outcome").collect(reason.replaceAll("\\d+", "N"));
            assertThat(reason).isNotBlank();
        }
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> utf8Text = Arbitraries.strings().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> latinText = Arbitraries.strings().withCharRange(' ', 'ÿ').ofMaxLength(200)
                .map(s -> s.getBytes(Charset.forName("windows-1252")));
        Arbitrary<byte[]> damagedUtf8 = utf8Text.flatMap(text -> Arbitraries.integers().between(0, Math.max(0, text.length - 1))
                .map(at -> {
                    byte[] copy = text.clone();
                    if (copy.length > 0) copy[at] = (byte) 0xE9;
                    return copy;
                }));
        return Arbitraries.oneOf(anyBytes, utf8Text, latinText, damagedUtf8);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
