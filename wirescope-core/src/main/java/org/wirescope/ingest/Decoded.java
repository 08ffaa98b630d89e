package org.wirescope.ingest;

import java.util.Objects;

/** The outcome of decoding bytes to text: the text and the charset used, or why it could not be done. */
sealed interface Decoded permits Decoded.Text, Decoded.Invalid {

    record Text(String text, String encoding) implements Decoded {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(encoding, "encoding");
        }
    }

    record Invalid(String reason) implements Decoded {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
