package org.wirescope.pipeline;

/** How far the pipeline goes. */
public enum Stages {
    /** Clean articles with captions, dates and provenance: no language models loaded, thousands of articles a second. */
    CLEAN,
    /** Everything: clean, nlp, actors, quotes and events (loads the CoreNLP models once per process). */
    ALL
}
