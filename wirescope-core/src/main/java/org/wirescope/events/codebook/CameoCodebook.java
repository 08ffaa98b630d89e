package org.wirescope.events.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CAMEO codebook: every code from the 20 roots down to the four-digit codes, with Goldstein
 * values, QuadClass and the PLOVER type and mode each maps to. Immutable and safe to share.
 *
 * <pre>{@code
 * CameoCodebook cameo = CameoCodebook.standard();
 * cameo.get("036").map(CameoCode::name);   // Optional["Express intent to meet or negotiate"]
 * cameo.root("1384").name();               // "THREATEN"
 * cameo.children("13");                    // 130, 131, ..., 139
 * }</pre>
 *
 * <p>The standard codebook is read from {@code org/wirescope/events/cameo.tsv}; its {@code note}
 * column explains every PLOVER mapping that is not the obvious one.
 */
public final class CameoCodebook {

    static final String RESOURCE = "/org/wirescope/events/cameo.tsv";
    private static final String HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode";

    private final Map<String, CameoCode> byCode;
    private final List<CameoCode> all;

    private CameoCodebook(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.all = List.copyOf(byCode.values());
    }

    /** The codebook shipped with Wirescope. */
    public static CameoCodebook standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a codebook in the layout of the shipped {@code cameo.tsv}: a header line, then one code
     * a line with tab-separated {@code code, name, goldstein, quad_class, plover_type, plover_mode}
     * and an optional {@code note}. Every root must be present before its children.
     *
     * @throws IllegalArgumentException naming the line when a row is malformed or inconsistent
     */
    public static CameoCodebook read(Reader source) throws IOException {
        Objects.requireNonNull(source, "source");
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source);
        String header = in.readLine();
        if (header == null || !header.startsWith(HEADER)) {
            throw new IllegalArgumentException("line 1: expected header '" + HEADER.replace('\t', ' ') + "'");
        }
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) continue;
            CameoCode code = parseRow(line, lineNo);
            if (code.code().length() > 2 && !codes.containsKey(code.root())) {
                throw new IllegalArgumentException("line " + lineNo + ": root " + code.root() + " of " + code.code() + " not defined before it");
            }
            if (codes.putIfAbsent(code.code(), code) != null) {
                throw new IllegalArgumentException("line " + lineNo + ": code " + code.code() + " defined twice");
            }
        }
        return new CameoCodebook(codes);
    }

    private static CameoCode parseRow(String line, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length < 6 || f.length > 7) {
            throw new IllegalArgumentException("line " + lineNo + ": expected 6 or 7 tab-separated fields, found " + f.length);
        }
        try {
            String code = f[0].strip();
            int quad = Integer.parseInt(f[3].strip());
            String mode = f[5].strip();
            CameoCode c = new CameoCode(code, f[1].strip(), Double.parseDouble(f[2].strip()), quad,
                    f[4].strip(), mode.isEmpty() ? Optional.empty() : Optional.of(mode));
            int expected = CameoCode.quadClassOfRoot(c.root());
            if (quad != expected) {
                throw new IllegalArgumentException("quad_class of " + code + " must be " + expected + ", was " + quad);
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
        }
    }

    /** The code, if the codebook has it. Surrounding blanks are ignored. */
    public Optional<CameoCode> get(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /**
     * The root (two-digit cue category) of a code in this codebook.
     *
     * @throws IllegalArgumentException if {@code code} is not a code of this codebook
     */
    public CameoCode root(String code) {
        CameoCode c = require(code);
        return byCode.get(c.root());
    }

    /** Every code, roots first within each root's block, in codebook order. */
    public List<CameoCode> all() {
        return all;
    }

    /**
     * The codes one level below {@code code}: the three-digit codes of a root, the four-digit codes of
     * a three-digit code, none for a four-digit code.
     *
     * @throws IllegalArgumentException if {@code code} is not a code of this codebook
     */
    public List<CameoCode> children(String code) {
        CameoCode parent = require(code);
        List<CameoCode> out = new ArrayList<>();
        for (CameoCode c : all) {
            if (c.code().length() == parent.code().length() + 1 && c.code().startsWith(parent.code())) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code code} is a code of this codebook. */
    public boolean isValid(String code) {
        return get(code).isPresent();
    }

    private CameoCode require(String code) {
        return get(code).orElseThrow(() -> new IllegalArgumentException("code is not a CAMEO code: '" + code + "'"));
    }

    /** Loads the shipped codebook once, on first use. */
    private static final class Standard {
        static final CameoCodebook INSTANCE = load();

        private static CameoCodebook load() {
            try (InputStream in = CameoCodebook.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " " + e.getMessage(), e);
            }
        }
    }
}
