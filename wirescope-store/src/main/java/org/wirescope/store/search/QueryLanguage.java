package org.wirescope.store.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The workbench query language: Lucene's classic syntax (words, {@code "phrases"}, {@code AND},
 * {@code OR}, {@code NOT}, {@code +}/{@code -}, parentheses, {@code word*}, {@code word~}) over the
 * fields of {@link IndexFields#QUERYABLE}. Words without a field must all match (default AND), each in
 * the title, text, captions or actor names. {@code cameo:13} matches every code under 13;
 * {@code published:} takes a day, a month or a year, alone or as a range
 * ({@code published:[2025-01 TO 2025-03]}, {@code published:{* TO 2024-12-31]}).
 *
 * <p>Every error, from the grammar or from a field's value, is one {@link QuerySyntaxException}
 * with the offset of the part that is wrong.
 */
final class QueryLanguage {

    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern CAMEO_PREFIX = Pattern.compile("\\d{1,4}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final Analyzer analyzer;

    QueryLanguage(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query parse(String query) {
        if (query.isBlank()) return new MatchAllDocsQuery();
        FieldParser parser = new FieldParser(query, analyzer);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw translate(query, e, parser);
        }
    }

    /** A parser error (grammar, lexer or a rejected clause) as a message in words and an offset. */
    private static QuerySyntaxException translate(String query, ParseException wrapped, FieldParser parser) {
        Throwable cause = wrapped.getCause();
        if (cause instanceof ParseException grammar && grammar.currentToken != null) {
            Token bad = grammar.currentToken.next;
            if (bad == null || bad.kind == QueryParserConstants.EOF) {
                return new QuerySyntaxException("the query ends too early, after '" + query.strip() + "'", query.length());
            }
            return new QuerySyntaxException("unexpected '" + bad.image + "'", offset(query, bad));
        }
        if (cause instanceof TokenMgrError) {
            int quote = unclosedQuote(query);
            if (quote >= 0) return new QuerySyntaxException("a quotation mark is not closed", quote);
            if (endsInBackslash(query)) {
                return new QuerySyntaxException("a backslash must be followed by the character it escapes",
                        query.length() - 1);
            }
            Matcher column = LEXICAL_COLUMN.matcher(String.valueOf(cause.getMessage()));
            int at = column.find() ? Integer.parseInt(column.group(1)) : query.length();
            return new QuerySyntaxException("a character the query language cannot read",
                    Math.max(0, Math.min(at, query.length())));
        }
        String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : wrapped.getMessage();
        return new QuerySyntaxException(reason.replaceFirst("^Cannot parse '.*': ", ""), parser.currentOffset());
    }

    /**
     * The 0-based offset of a token in the query. The parser reads through a {@code FastCharStream},
     * which numbers columns from 0 across the whole input and keeps every token on line 1.
     */
    private static int offset(String query, Token token) {
        return Math.max(0, Math.min(token.beginColumn, query.length()));
    }

    /** Whether the query ends in a backslash that escapes nothing. */
    private static boolean endsInBackslash(String query) {
        int backslashes = 0;
        for (int i = query.length() - 1; i >= 0 && query.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The offset of the last quotation mark that opens a phrase never closed, or -1. */
    private static int unclosedQuote(String query) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    /** The classic parser with each field's own rules; not thread-safe, so one per query. */
    private static final class FieldParser extends MultiFieldQueryParser {

        private final String query;

        FieldParser(String query, Analyzer analyzer) {
            super(IndexFields.DEFAULT_FIELDS.toArray(String[]::new), analyzer);
            this.query = query;
            setDefaultOperator(QueryParser.Operator.AND);
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (field == null || IndexFields.TEXT_FIELDS.contains(field)) return super.getFieldQuery(field, text, quoted);
            return switch (field) {
                case IndexFields.CAMEO -> cameo(text);
                case IndexFields.PUBLISHED -> published(text, text, true, true);
                case IndexFields.KIND -> new TermQuery(new Term(field, kind(text)));
                default -> keyword(field, text);
            };
        }

        @Override
        protected Query getRangeQuery(String field, String lower, String upper, boolean lowerInclusive,
                                      boolean upperInclusive) throws ParseException {
            if (IndexFields.PUBLISHED.equals(field)) return published(lower, upper, lowerInclusive, upperInclusive);
            if (IndexFields.CAMEO.equals(field)) {
                throw error("cameo: takes a code or the start of one, such as cameo:13, not a range", field);
            }
            known(field);
            return super.getRangeQuery(field, lower, upper, lowerInclusive, upperInclusive);
        }

        @Override
        protected Query getPrefixQuery(String field, String prefix) throws ParseException {
            notOnDates(field, "a wildcard");
            return super.getPrefixQuery(field, prefix);
        }

        @Override
        protected Query getWildcardQuery(String field, String pattern) throws ParseException {
            notOnDates(field, "a wildcard");
            return super.getWildcardQuery(field, pattern);
        }

        @Override
        protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
            notOnDates(field, "a fuzzy term");
            return super.getFuzzyQuery(field, term, similarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String pattern) throws ParseException {
            notOnDates(field, "a regular expression");
            return super.getRegexpQuery(field, pattern);
        }

        int currentOffset() {
            return token == null ? 0 : offset(query, token);
        }

        private void notOnDates(String field, String what) {
            if (IndexFields.PUBLISHED.equals(field)) {
                throw error("published: takes a date (2025-03-28, 2025-03 or 2025) or a range of them, not " + what, field);
            }
            known(field);
        }

        private void known(String field) {
            if (field != null && !IndexFields.QUERYABLE.contains(field)) {
                throw error("unknown field '" + field + "'; the fields are " + String.join(", ", IndexFields.QUERYABLE)
                        + " (write \\: for a colon that is not after a field name)", field);
            }
        }

        private Query keyword(String field, String text) {
            known(field);
            return new TermQuery(new Term(field, text.strip().toLowerCase(Locale.ROOT)));
        }

        private Query cameo(String text) {
            String code = text.strip();
            if (!CAMEO_PREFIX.matcher(code).matches()) {
                throw errorAtValue("cameo: takes a CAMEO code or the start of one (1 to 4 digits, such as 13 or 138), was '"
                        + text + "'", text);
            }
            return new PrefixQuery(new Term(IndexFields.CAMEO, code));
        }

        private String kind(String text) {
            try {
                return SearchKind.parse(text).label();
            } catch (IllegalArgumentException e) {
                throw errorAtValue("kind: is article, quote or event, was '" + text + "'", text);
            }
        }

        /** Days from the start of {@code lower}'s period to the end of {@code upper}'s; {@code *} (null) leaves an end open. */
        private Query published(String lower, String upper, boolean lowerInclusive, boolean upperInclusive) {
            int from = Integer.MIN_VALUE;
            int to = Integer.MAX_VALUE;
            if (lower != null && !"*".equals(lower)) {
                LocalDate[] period = period(lower);
                from = epochDay(lowerInclusive ? period[0] : period[1].plusDays(1));
            }
            if (upper != null && !"*".equals(upper)) {
                LocalDate[] period = period(upper);
                to = epochDay(upperInclusive ? period[1] : period[0].minusDays(1));
            }
            return IntPoint.newRangeQuery(IndexFields.PUBLISHED, from, to);
        }

        /** The first and last day of a year, a month or a day. */
        private LocalDate[] period(String value) {
            Matcher date = DATE.matcher(value.strip());
            try {
                if (date.matches()) {
                    int year = Integer.parseInt(date.group(1));
                    if (date.group(2) == null) return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
                    YearMonth month = YearMonth.of(year, Integer.parseInt(date.group(2)));
                    if (date.group(3) == null) return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                    LocalDate day = month.atDay(Integer.parseInt(date.group(3)));
                    return new LocalDate[] {day, day};
                }
            } catch (DateTimeException e) {
                throw errorAtValue("published: '" + value + "' is not a date: " + e.getMessage(), value);
            }
            throw errorAtValue("published: takes dates as 2025-03-28, 2025-03 or 2025, was '" + value + "'", value);
        }

        private static int epochDay(LocalDate day) {
            return Math.toIntExact(day.toEpochDay());
        }

        /** An error at the last {@code field:} that stands at or before the clause being parsed. */
        private QuerySyntaxException error(String message, String field) {
            int at = currentOffset();
            int start = query.lastIndexOf(field + ":", Math.max(0, at));
            return new QuerySyntaxException(message, start >= 0 ? start : at);
        }

        /** An error at the value being parsed, looked up around the current token. */
        private QuerySyntaxException errorAtValue(String message, String value) {
            int at = currentOffset();
            int end = token == null ? query.length() : Math.min(query.length(), at + token.image.length());
            int start = query.lastIndexOf(value.strip(), end);
            return new QuerySyntaxException(message, start >= 0 ? start : at);
        }
    }
}
