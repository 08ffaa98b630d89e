package org.wirescope.dedup;

import java.util.List;
import java.util.Optional;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Source;

/** Made-up wire stories for the dedup tests. */
final class Stories {

    private Stories() {
    }

    static final String P1 = "Dock workers in Marlow Bay walked off the job on Tuesday morning, halting the loading of"
            + " grain ships for the first time in eleven years, union officials said.";
    static final String P2 = "The Harbour Workers Guild said about 640 members joined the stoppage after talks with the"
            + " port authority over night-shift pay broke down late on Monday without an agreement.";
    static final String P3 = "\"We asked for a fair rate for the hours nobody else wants to work,\" said guild secretary"
            + " Orla Fenwick, standing beside a line of idle cranes at the northern quay.";
    static final String P4 = "Port director Samuel Treave said the authority had offered a four percent rise and remained"
            + " open to further talks, but warned that perishable cargo would be diverted to other harbours.";
    static final String P5 = "Shipping agents estimated that nine vessels were waiting at anchor outside the breakwater by"
            + " noon, and the town council called an emergency meeting for Wednesday evening.";

    static final String ORIGINAL = String.join("\n\n", P1, P2, P3, P4, P5);

    /** A sentence added at the end. */
    static final String SENTENCE_ADDED = ORIGINAL
            + " Police said the picket outside the main gate had been peaceful throughout the day.";

    /** One word changed. */
    static final String WORD_CHANGED = ORIGINAL.replace("about 640 members", "about 650 members");

    /** The last paragraph dropped. */
    static final String PARAGRAPH_DROPPED = String.join("\n\n", P1, P2, P3, P4);

    /** Same topic, another town, other people and numbers. */
    static final String OTHER_TOWN = String.join("\n\n",
            "Stevedores at the port of Kellerby stopped work on Thursday in a dispute over staffing levels on the"
                    + " container berths, the second walkout there this spring.",
            "Around 210 workers took part, according to the Coastal Transport Union, which says crews have been cut"
                    + " from six people to four while the volume of boxes has grown.",
            "\"Somebody is going to get hurt on those berths,\" union organiser Denny Calloway told reporters at a"
                    + " rally near the fish market, where supporters handed out leaflets.",
            "The operator, Kellerby Terminals, said its crewing met national safety rules and accused the union of"
                    + " disrupting trade at a time when freight rates were already falling.",
            "Three container ships were rerouted to a rival terminal across the estuary, and local hauliers said"
                    + " they expected lorry queues to stretch into the weekend.");

    /** Same topic, a third town. */
    static final String THIRD_TOWN = String.join("\n\n",
            "Ferry services out of Dunholm were cancelled on Friday as harbour pilots joined a strike that began with"
                    + " tug crews earlier in the week, stranding hundreds of travellers.",
            "The pilots' association said 38 of its 42 members were taking part and blamed a pension change the"
                    + " harbour board approved in January without consulting staff.",
            "Board chair Wilma Ostrander said the change was needed to keep the harbour solvent and invited the"
                    + " association to mediation under an independent arbiter.");

    static Article article(String title, String body) {
        return new Article(ArticleIds.of(title, body), Source.of("test:dedup", Source.Format.TEXT), title,
                Published.UNKNOWN, Optional.of("en"), List.of(), List.of(), body, List.of(),
                OffsetMap.identity(body.length()));
    }
}
