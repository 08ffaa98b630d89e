/**
 * The actor stage: who and what an article mentions, and every place it does.
 *
 * <p>{@link org.wirescope.actors.ActorStage} is the one entry point; it reads names with the
 * {@linkplain org.wirescope.actors.gazetteer.Gazetteer gazetteer} and returns
 * {@link org.wirescope.model.Actor} records (or, with {@code analyse}, a {@link
 * org.wirescope.actors.Resolution} that also says how each mention refers to its actor).
 *
 * <pre>{@code
 * List<Actor> actors = ActorStage.create().resolve(annotated);
 * }</pre>
 *
 * <h2>The steps, in order</h2>
 * <ol>
 *   <li><b>Names.</b> Gazetteer matches and named-entity spans are merged; where both read the same words
 *       the gazetteer decides the type, so "Tasnim" tagged PERSON is the news agency and "Washington"
 *       tagged LOCATION is the United States. Capitals and seats of power that stand for a government
 *       ("Washington", "Tehran", "Kremlin", "Pentagon") are mentions of the COUNTRY actor, never
 *       locations; the mention keeps the sector it gives ({@code GOV}, {@code MIL}). A seat that is an
 *       institution (an acronym, or a name headed by "Corps", "Party", "Assembly" …: "IRGC", "Workers'
 *       Party of Korea") is an ORGANIZATION of its country. Country names, demonyms ("Iranian", "North
 *       Korean"), people forms ("the Americans") and context forms ("the North" beside a Korea) all
 *       mention the country. Context decides media: "X, a news agency …", "X news agency", "according to
 *       X" for a one-word name that is nobody's surname, and tagged names ending like a newspaper
 *       ("… Morning News"). Tagger slips the article itself shows up are mended: a surname tagged as a
 *       place is the person, a title tagged as an organisation before a name is the title.</li>
 *   <li><b>Linking.</b> One gazetteer entry, or one written name, is one actor. Person names group by
 *       surname ("Trump" of "Donald Trump"), by a family name written first ("Kim" of "Kim Jong Un", for
 *       common East Asian family names), by first and last word, and by a lone given name that fits one
 *       person only. A parenthetical acronym ("Korean Central News Agency (KCNA)") and any acronym
 *       spelling an organisation's initials are aliases; a one-word organisation name that ends (or, before
 *       "University", "Foundation" …, starts) exactly one longer one is its short form.</li>
 *   <li><b>Roles.</b> A premodifying title ("Iranian Parliament Speaker", "US President", "North Korean
 *       leader", "Foreign Minister") or an apposition ("adviser to Supreme Leader Ali Khamenei", "news
 *       agency affiliated with the Iranian Revolutionary Guard Corps"), determiners and a trailing
 *       parenthetical acronym dropped. Appositions come from the parse ({@code appos}) when the sentence
 *       has one, from parts of speech otherwise; a title in a parsed sentence keeps only words that hang
 *       on the name. The first role the article gives an actor is kept.</li>
 *   <li><b>Descriptions.</b> A plural role noun tied to a country or organisation ("Iranian officials",
 *       "IRGC commanders") is a GROUP actor; an institution noun tied to a country ("the Iranian
 *       government") an ORGANIZATION. Role nouns with no tie ("officials", "experts", "some observers",
 *       "sources", "protesters") are no actors: nothing could code them. A media description with a
 *       country or a "state"/"official" word ("state media", "Iranian state television") is an alias of
 *       the one named outlet it fits, else an outlet of its own.</li>
 *   <li><b>Country, sector, code</b> (see {@code Attributes}): a person's country
 *       from a country word in the role, else from an organisation or outlet named in it, else from the
 *       person the role ties them to ("adviser to …"), else from a country right after the name ("King
 *       Hassan of Morocco"), else from the gazetteer's well-known figures ("President Bush"), else — for a
 *       national office — the article's dominant country (at least half of all country mentions), else
 *       the country the person's sentence names most. Sectors from the role's head term; outlets MED.
 *       Codes: a country's ISO code, a gazetteer organisation's or group's code (IGOUNO, PSEREBHMS), the
 *       code of an organisation without a country that a person or group acts for ("U.N.
 *       Secretary-General …", "NATO commanders": IGOUNO, IGOWSTNAT), otherwise country and sector
 *       (IRNLEG).</li>
 *   <li><b>References</b> (see {@code Anaphora}), in text order: he/she/him/her/his
 *       to a person of agreeing gender, it/its to an organisation, outlet or country, they/them to a
 *       group or people form; candidates from the pronoun's sentence and the three before, scored by
 *       recency and grammatical standing, with a speaker bonus when the pronoun is the subject of a verb
 *       of saying ("He added" continues the previous speaker); premodifiers ("a US attack") are never
 *       antecedents, and a bare "it" only takes a subject. "the country" is the most recent country,
 *       "the agency" the most recent outlet, "the president" the person given that role.</li>
 *   <li><b>Names and ids.</b> A country is named as in the gazetteer; any other actor by its longest
 *       proper-name form in the text (apostrophes folded, a leading "the" dropped, an epithet before a
 *       more frequent full name ignored), lengthened where a photo caption writes it in full. Ids number
 *       each type in order of first mention: {@code p} persons, {@code o} organisations, {@code m} media,
 *       {@code c} countries, {@code l} locations, {@code g} groups.</li>
 * </ol>
 */
package org.wirescope.actors;
