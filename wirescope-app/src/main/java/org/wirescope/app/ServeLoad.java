package org.wirescope.app;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.wirescope.store.ArticleSummary;
import org.wirescope.store.DyadPeriod;
import org.wirescope.store.DyadQuery;
import org.wirescope.store.EventQuery;
import org.wirescope.store.EventRow;
import org.wirescope.store.Store;

/**
 * The requests {@code wirescope bench serve} sends: {@code clients} threads, each sending one
 * request after another for a while, taking turns through search, article, dyad timeline and
 * network requests with parameters drawn from what the store holds: words of titles, article ids,
 * the country codes of sides of events, and (for half the network requests) 90-day windows starting
 * on any day the events span.
 */
final class ServeLoad {

    /** What a request asks for. */
    enum Kind {
        SEARCH, ARTICLE, DYADS, NETWORK;

        String label() {
            return switch (this) {
                case SEARCH -> "search";
                case ARTICLE -> "article";
                case DYADS -> "dyad timeline";
                case NETWORK -> "network";
            };
        }
    }

    private final HttpClient client;
    private final URI base;
    private final List<String> articleIds;
    private final List<String> words;
    private final List<String[]> dyads;
    private final List<LocalDate> days;

    private ServeLoad(HttpClient client, URI base, List<String> articleIds, List<String> words, List<String[]> dyads,
                      List<LocalDate> days) {
        this.client = client;
        this.base = base;
        this.articleIds = articleIds;
        this.words = words;
        this.dyads = dyads;
        this.days = days;
    }

    /** Draws the parameters from {@code store}: article ids, title words, sides of events and their days. */
    static ServeLoad against(Store store, URI base) {
        List<String> ids = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        for (ArticleSummary article : store.articles(20_000, 0)) {
            ids.add(article.id());
            for (String word : article.title().split("[^\\p{L}]+")) {
                if (word.length() >= 5) words.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (EventRow event : store.events(EventQuery.all(2000, 0))) {
            if (event.sourceCode().isPresent() && event.targetCode().isPresent()) {
                pairs.add(prefix(event.sourceCode().get()) + " " + prefix(event.targetCode().get()));
            }
        }
        List<LocalDate> days = new ArrayList<>();
        List<DyadPeriod> months = store.dyads(DyadQuery.monthly());
        if (!months.isEmpty()) {
            LocalDate first = months.get(0).period();
            LocalDate last = months.get(months.size() - 1).period().plusMonths(1).minusDays(1);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) days.add(day);
        }
        if (ids.isEmpty()) throw new IllegalArgumentException("the store holds no articles to ask for");
        List<String[]> dyads = pairs.stream().map(pair -> pair.split(" ")).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new ServeLoad(client, base, ids, List.copyOf(words.isEmpty() ? Set.of("news") : words),
                dyads.isEmpty() ? List.<String[]>of(new String[] {"", ""}) : dyads, days);
    }

    /**
     * {@code clients} threads sending requests for {@code seconds}; the response times of each kind,
     * counting any answer other than 200, and any failure to get one, as an error.
     */
    Map<Kind, Latencies> run(int clients, double seconds, long seed) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<Map<Kind, Latencies>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(seed + c);
            int first = c;
            results.add(pool.submit(() -> client(random, first, end)));
        }
        pool.shutdown();
        Map<Kind, Latencies> total = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) total.put(kind, new Latencies());
        for (Future<Map<Kind, Latencies>> result : results) {
            try {
                result.get().forEach((kind, latencies) -> total.merge(kind, latencies, Latencies::plus));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a bench client failed: " + e.getCause(), e.getCause());
            }
        }
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return total;
    }

    private Map<Kind, Latencies> client(SplittableRandom random, int first, long end) {
        Map<Kind, Latencies> latencies = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) latencies.put(kind, new Latencies());
        Kind[] kinds = Kind.values();
        for (int n = first; System.nanoTime() < end; n++) {
            Kind kind = kinds[n % kinds.length];
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path(kind, random))).timeout(Duration.ofSeconds(30)).GET().build();
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() == 200) latencies.get(kind).add(elapsed);
                else latencies.get(kind).error();
            } catch (IOException e) {
                latencies.get(kind).error();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return latencies;
    }

    /** The server's answer cache counts, from {@code /api/health}: hits, then misses. */
    long[] answerCache() {
        try {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/api/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            com.fasterxml.jackson.databind.JsonNode cache = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(health.body()).path("answer_cache");
            return new long[] {cache.path("hits").asLong(), cache.path("misses").asLong()};
        } catch (IOException e) {
            return new long[] {0, 0};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {0, 0};
        }
    }

    /** The path and query of one request of {@code kind}. */
    String path(Kind kind, SplittableRandom random) {
        return switch (kind) {
            case SEARCH -> "/api/search?limit=20&q=" + encode(pick(words, random));
            case ARTICLE -> "/api/articles/" + pick(articleIds, random);
            case DYADS -> {
                String[] pair = pick(dyads, random);
                yield "/api/dyads?interval=month&source=" + encode(pair[0]) + "&target=" + encode(pair[1]);
            }
            case NETWORK -> {
                if (days.isEmpty() || random.nextBoolean()) yield "/api/network?limit=100";
                LocalDate from = pick(days, random);
                yield "/api/network?limit=100&from=" + from + "&to=" + from.plusDays(90);
            }
        };
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** The country part of an actor code: its first three letters. */
    private static String prefix(String code) {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
