/**
 * Stanford CoreNLP's own quotation attribution, reported as Wirescope quotes, as the baseline that
 * Wirescope's quote stage is measured against. Not part of the pipeline; see
 * {@link org.wirescope.nlp.baseline.CoreNlpQuoteBaseline}.
 */
package org.wirescope.nlp.baseline;
