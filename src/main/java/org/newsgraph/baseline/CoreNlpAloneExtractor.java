package org.newsgraph.baseline;

import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.FactValue;
import org.newsgraph.nlp.Quote;
import org.newsgraph.nlp.Relation;
import org.newsgraph.nlp.Sentence;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline: CoreNLP's own output mapped naively to newsgraph's facts, as a user without newsgraph would. KBP
 * relations between a person and an organisation or country become {@code represents}; quotes become statements
 * with CoreNLP's attributed speaker; every NER mention is an entity under its surface text. CoreNLP has no notion of
 * stances, resolutions or evacuations, so the baseline has none. Scoring it with the same gold shows what newsgraph's
 * own extraction adds.
 */
public final class CoreNlpAloneExtractor implements Extractor {

    /** KBP relations that say a person belongs to, or comes from, an organisation or a country. */
    private static final Set<String> MEMBERSHIP = Set.of("per:employee_or_member_of", "per:member_of",
            "per:employee_of", "per:origin", "per:countries_of_residence", "per:top_member_employee_of");

    private static final Map<String, EntityKind> KINDS = Map.of(
            "PERSON", EntityKind.PERSON, "ORGANIZATION", EntityKind.ORGANIZATION, "COUNTRY", EntityKind.COUNTRY,
            "NATIONALITY", EntityKind.COUNTRY, "CITY", EntityKind.PLACE, "LOCATION", EntityKind.PLACE,
            "STATE_OR_PROVINCE", EntityKind.PLACE);

    @Override
    public String name() {
        return "corenlp-alone";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("ner", "depparse", "coref", "kbp", "quote");
    }

    @Override
    public void extract(ExtractionContext context) {
        for (org.newsgraph.nlp.Mention m : context.document().mentions()) {
            EntityKind kind = KINDS.get(m.nerType());
            if (kind != null) {
                String key = context.entity(kind, m.text(), m.text(), null);
                context.markTokens(m.sentence(), m.startToken(), m.endToken(), key);
            }
        }
        for (Relation r : context.document().relations()) {
            if (!MEMBERSHIP.contains(r.relation().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String person = context.entity(EntityKind.PERSON, r.subject(), r.subject(), null);
            String actor = context.entity(r.relation().equals("per:origin") ? EntityKind.COUNTRY
                    : EntityKind.ORGANIZATION, r.object(), r.object(), null);
            context.addFact(person, "represents", actor, evidence(context, r.sentence(), r.confidence(),
                    "baseline/kbp-" + r.relation()));
        }
        for (Quote q : context.document().quotes()) {
            String inner = q.text().replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "");
            String statement = context.event(EntityKind.STATEMENT, inner.length() > 60 ? inner.substring(0, 60) : inner);
            context.addFact(statement, "quote", FactValue.Literal.string(inner), null);
            Optional<String> speaker = Optional.ofNullable(q.canonicalSpeaker()).or(() -> Optional.ofNullable(q.speaker()));
            if (speaker.isPresent()) {
                String actor = context.entity(EntityKind.PERSON, speaker.get(), speaker.get(), null);
                context.addFact(statement, "speaker", actor, evidence(context, q.firstSentence(), 0.5,
                        "baseline/corenlp-quote-attribution"));
            }
        }
    }

    private static Evidence evidence(ExtractionContext context, int sentenceIndex, double confidence, String rule) {
        Sentence s = context.document().sentence(sentenceIndex);
        return new Evidence(sentenceIndex, s.text().strip(), s.begin(), s.end(), Math.max(0, Math.min(1, confidence)),
                rule);
    }
}
