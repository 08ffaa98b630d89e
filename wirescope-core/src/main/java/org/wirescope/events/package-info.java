/**
 * The event stage: who did what to whom, coded in CAMEO with its PLOVER type and mode.
 *
 * <pre>{@code
 * EventStage events = EventStage.create();
 * List<Event> found = events.code(annotated, actors, quotes, dates);
 * }</pre>
 *
 * <p>How a sentence is coded:
 * <ol>
 *   <li><b>Cues.</b> A verb, common noun, predicate adjective or the modal "must" whose lemma has patterns
 *       in {@code patterns.tsv}. Of a cue's patterns, the one with the most conditions that all hold wins:
 *       a particle or preposition ({@code prt}: "call for", "accuse … of"), a complement lemma
 *       ({@code obj}: "sign … agreement") or a lemma anywhere in the cue's phrase ({@code ctx}: "threaten
 *       … military"). A noun used as a modifier ("attack helicopters") is no cue.</li>
 *   <li><b>One act, one event.</b> A cue inside the complement of another coded cue is that cue's content
 *       ("threatened to break relations" is one threat); inside an accusation it is coded apart as
 *       alleged; an infinitive or participle saying what a coded act was for ("staged rallies to demand")
 *       is not coded apart. A coordinated cue is a predicate of its own.</li>
 *   <li><b>Source.</b> The subject (climbing infinitives and conjuncts; the object of "accuse"/"urge"
 *       for their clause), the by-phrase of a passive, the possessor, compound or demonym of an event
 *       noun ("US threats", "its willingness"), or the subject of the light verb an event noun is the
 *       object of ("held talks"). A subject the actor stage could not code stays as a name without a
 *       code; in an unparsed sentence the nearest actor before the cue is taken.</li>
 *   <li><b>Target.</b> The object, then a prepositional object ("against", "on", "with", "to", "at",
 *       "over", "from", "between" …), then those of the object or of an infinitive complement, then a
 *       place ("in", "near"), then the first foreign actor of a reported clause. "Through Oman" names a
 *       mediator, not a target. Protest, coercion and violence with no target are coded against the
 *       source's own country, as CAMEO does.</li>
 *   <li><b>Modality.</b> Negated ("not", "never", "no"), conditional (an if/unless clause on the cue's
 *       clause or the cue inside one; "could", "might", "may"), alleged (inside "accused X of",
 *       "allegedly"), intended ("will", "would", "plan to", "intend to", "willingness for"); else asserted.
 *       Intended cooperation (roots 04–08) takes the matching "express intent" code of root 03.</li>
 *   <li><b>Rest.</b> Evidence spans the cue and its parties in the sentence; the quote whose span holds the
 *       cue is linked; the date is the sentence's full date from the time stage; confidence grows with
 *       the pattern's conditions and a syntactic source. One event is written per source and target of a
 *       compound actor, and an event repeated in the article (same parties, code, modality, date) once.</li>
 * </ol>
 */
package org.wirescope.events;
