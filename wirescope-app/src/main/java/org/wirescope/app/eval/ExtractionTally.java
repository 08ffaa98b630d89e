package org.wirescope.app.eval;

/** Running sums of one system's per-page scores; the rates are over pages whose gold states the field. */
final class ExtractionTally {

    final String system;
    int pages;
    int failed;
    double precision;
    double recall;
    double f1;
    int titleGold;
    int titleRight;
    int dateGold;
    int dateRight;
    int authorGold;
    int authorRight;

    ExtractionTally(String system) {
        this.system = system;
    }

    double mean(double sum) {
        return pages == 0 ? 0 : sum / pages;
    }

    static double rate(int right, int of) {
        return of == 0 ? 0 : (double) right / of;
    }
}
