package org.wirescope.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wirescope.model.Article;

/**
 * Indexes generated articles (made-up sentences from a made-up vocabulary, a tenth of them light
 * edits of earlier ones) and prints throughput, heap use and how many near-copies were found.
 * Run: {@code java -cp wirescope-core/target/classes:wirescope-core/target/test-classes org.wirescope.dedup.DedupBench [n]}.
 */
public final class DedupBench {

    private DedupBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        String[] vocabulary = vocabulary(random, 3000);
        List<Article> articles = new ArrayList<>(n);
        List<String[]> sentences = new ArrayList<>(n);
        int[] sourceOf = new int[n];
        for (int i = 0; i < n; i++) {
            String[] body;
            if (i > 100 && random.nextInt(10) == 0) {
                sourceOf[i] = random.nextInt(i);
                body = edit(sentences.get(sourceOf[i]), random, vocabulary);
            } else {
                sourceOf[i] = -1;
                body = new String[12 + random.nextInt(9)];
                for (int s = 0; s < body.length; s++) body[s] = sentence(random, vocabulary);
            }
            sentences.add(body);
            articles.add(Stories.article("Story " + i, String.join(" ", body)));
        }
        sentences = null;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        DedupIndex index = DedupIndex.create(DedupConfig.defaults());
        boolean[] joined = new boolean[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Verdict v = index.observe(articles.get(i));
            joined[i] = v.duplicateOf().isPresent() || !v.cluster().equals(articles.get(i).id());
        }
        long nanos = System.nanoTime() - start;
        long after = usedAfterGc(memory);

        int copies = 0;
        int found = 0;
        int strays = 0;
        for (int i = 0; i < n; i++) {
            if (sourceOf[i] >= 0) {
                copies++;
                if (joined[i]) found++;
            } else if (joined[i]) {
                strays++;
            }
        }
        double seconds = nanos / 1e9;
        System.out.printf("articles: %d, distinct bodies indexed: %d%n", n, index.size());
        System.out.printf("total time: %.2f s, throughput: %.0f articles/s%n", seconds, n / seconds);
        System.out.printf("heap used after GC: %.1f MiB with articles, index adds %.1f MiB = %d bytes/article"
                + " (structures estimate %d bytes/article)%n", after / 1048576.0, (after - before) / 1048576.0,
                (after - before) / n, index.structureBytes() / n);
        System.out.printf("near-copies generated: %d, found: %d (%.1f%%), originals put in a cluster: %d%n",
                copies, found, 100.0 * found / copies, strays);
        if (index.size() < 0) System.out.println(articles.size());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String[] edit(String[] source, Random random, String[] vocabulary) {
        List<String> body = new ArrayList<>(List.of(source));
        switch (random.nextInt(3)) {
            case 0 -> body.add(random.nextInt(body.size() + 1), sentence(random, vocabulary));
            case 1 -> {
                int s = random.nextInt(body.size());
                String[] words = body.get(s).split(" ");
                words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
                body.set(s, String.join(" ", words));
            }
            default -> body.remove(random.nextInt(body.size()));
        }
        return body.toArray(String[]::new);
    }

    private static String sentence(Random random, String[] vocabulary) {
        int words = 6 + random.nextInt(11);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = vocabulary[random.nextInt(vocabulary.length)];
            if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            b.append(w == 0 ? "" : " ").append(word);
        }
        return b.append('.').toString();
    }

    private static String[] vocabulary(Random random, int size) {
        String[] onsets = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "br", "st", "tr"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou"};
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
            }
            out[i] = w.toString();
        }
        return out;
    }
}
