package org.wirescope.actors.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scans a text for every gazetteer form. At each token the trie is walked as far as the text allows,
 * collecting every form that ends there and satisfies its case rule; overlapping candidates are then
 * settled longest first (in characters), earlier first on ties. Context forms ("the North") are
 * settled in a second pass once the countries and organisations the text mentions are known.
 */
final class MatchFinder {

    /** A reading of tokens {@code [from, to)}; {@code entry} is null for an unresolved context form. */
    private record Candidate(int from, int to, int start, int end, Entry entry, String code, boolean ambiguous,
            List<Entry> contexts) {

        int length() {
            return end - start;
        }
    }

    private static final Comparator<Candidate> LONGEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.length())
            .thenComparingInt(Candidate::start)
            .thenComparingInt(c -> c.entry().priority());

    private final SurfaceTrie trie;

    MatchFinder(SurfaceTrie trie) {
        this.trie = trie;
    }

    List<Match> find(String text) {
        Tokens t = Tokens.of(text);
        int n = t.size();
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> contexts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SurfaceTrie.Node node = trie.root().child(t.key(i), true);
            int j = i;
            while (node != null) {
                if (!node.entries().isEmpty()) {
                    collect(node.entries(), t, i, j + 1, candidates, contexts);
                }
                j++;
                if (j >= n || t.breakBefore(j)) {
                    break;
                }
                node = node.child(t.key(j), t.spaceBefore(j));
            }
        }
        List<Candidate> chosen = select(candidates, n);
        if (!contexts.isEmpty()) {
            Set<String> present = new HashSet<>();
            for (Candidate c : chosen) {
                switch (c.entry().kind()) {
                    case COUNTRY, DEMONYM, PEOPLE, METONYM, ORGANIZATION -> present.add(c.code());
                    default -> { }
                }
            }
            boolean resolvedAny = false;
            for (Candidate c : contexts) {
                Candidate resolved = resolve(c, present);
                if (resolved != null) {
                    candidates.add(resolved);
                    resolvedAny = true;
                }
            }
            if (resolvedAny) {
                chosen = select(candidates, n);
            }
        }
        List<Match> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            if (c.entry().reported()) {
                out.add(new Match(c.start(), c.end(), text.substring(c.start(), c.end()), c.entry().kind(), c.code(),
                        c.entry().sector(), c.ambiguous()));
            }
        }
        return out;
    }

    private static void collect(List<Entry> entries, Tokens t, int from, int to, List<Candidate> out, List<Candidate> contexts) {
        Entry best = null;
        List<Entry> ctx = null;
        for (Entry e : entries) {
            if (!e.form().matchesCase(t, from)) {
                continue;
            }
            if (e.kind() == Match.Kind.CONTEXT_FORM) {
                if (ctx == null) {
                    ctx = new ArrayList<>(2);
                }
                ctx.add(e);
            } else if (best == null || better(e, best)) {
                best = e;
            }
        }
        int start = t.start(from);
        int end = t.end(to - 1);
        if (best != null) {
            boolean ambiguous = best.secondary();
            for (Entry e : entries) {
                if (e != best && e.kind() == best.kind() && !e.code().equals(best.code()) && e.form().matchesCase(t, from)) {
                    ambiguous = true;
                    break;
                }
            }
            out.add(new Candidate(from, to, start, end, best, best.code(), ambiguous, List.of()));
        }
        if (ctx != null) {
            contexts.add(new Candidate(from, to, start, end, ctx.get(0), "", false, List.copyOf(ctx)));
        }
    }

    private static boolean better(Entry a, Entry b) {
        if (a.priority() != b.priority()) {
            return a.priority() < b.priority();
        }
        if (a.secondary() != b.secondary()) {
            return !a.secondary();
        }
        return a.order() < b.order();
    }

    private static Candidate resolve(Candidate c, Set<String> present) {
        String code = null;
        for (Entry e : c.contexts()) {
            ContextForm f = (ContextForm) e.payload();
            if (f.triggeredBy(present)) {
                if (code != null && !code.equals(f.code())) {
                    return null;
                }
                code = f.code();
            }
        }
        if (code == null) {
            return null;
        }
        return new Candidate(c.from(), c.to(), c.start(), c.end(), c.entry(), code, false, List.of());
    }

    private static List<Candidate> select(List<Candidate> candidates, int tokens) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(LONGEST_FIRST);
        boolean[] taken = new boolean[tokens];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = true;
            for (int k = c.from(); k < c.to(); k++) {
                if (taken[k]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                for (int k = c.from(); k < c.to(); k++) {
                    taken[k] = true;
                }
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }
}
