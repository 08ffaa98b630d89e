package org.wirescope.store.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How field values become terms, the same when indexing and when querying: words lower-cased with
 * accents folded ("Qalibāf" finds "Qalibaf"), no stemming and no stop words, so a query finds the
 * words it names; keyword fields are one lower-cased term.
 */
final class Analyzers {

    private Analyzers() {
    }

    static Analyzer perField() {
        Map<String, Analyzer> keywords = new HashMap<>();
        Analyzer keyword = new KeywordAnalyzer();
        for (String field : IndexFields.KEYWORD_FIELDS) {
            keywords.put(field, keyword);
        }
        return new PerFieldAnalyzerWrapper(new WordAnalyzer(), keywords);
    }

    private static final class WordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, normalize(fieldName, words));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class KeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer whole = new KeywordTokenizer();
            return new TokenStreamComponents(whole, normalize(fieldName, whole));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
