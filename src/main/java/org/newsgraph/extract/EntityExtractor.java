package org.newsgraph.extract;

import org.newsgraph.nlp.CorefChain;
import org.newsgraph.nlp.CorefMention;
import org.newsgraph.nlp.Mention;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.newsgraph.extract.EntityNames.clean;
import static org.newsgraph.extract.EntityNames.endsWithName;
import static org.newsgraph.extract.EntityNames.normalise;
import static org.newsgraph.extract.MentionTypes.ORGANIZATION_TYPES;
import static org.newsgraph.extract.MentionTypes.PERSON_TYPES;
import static org.newsgraph.extract.MentionTypes.PLACE_TYPES;

/**
 * Turns named-entity mentions into the document's entities: one entity per real referent, whatever name variant,
 * surname or pronoun the text uses for it. Runs first; every other extractor finds actors through the tokens it marks.
 */
public final class EntityExtractor implements Extractor {

    private static final Set<String> THIRD_PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");

    private final Lexicon qualifiers = Lexicon.named("name-qualifiers");
    private final Lexicon departments = Lexicon.named("state-departments");
    private final MentionTypes types = new MentionTypes();
    private final StateBodies stateBodies = new StateBodies();
    private final UntaggedEntities untagged = new UntaggedEntities(stateBodies);

    @Override
    public String name() {
        return "entity";
    }

    @Override
    public Set<String> requiredAnnotators() {
        // coreference chains are followed when the pipeline has them; the default pipeline does without
        return Set.of("ner", "depparse");
    }

    @Override
    public void extract(ExtractionContext context) {
        List<Mention> mentions = MentionTypes.consistentAcrossLines(context, MentionSpans.repaired(context));
        Map<String, String> typeByText = MentionTypes.dominantTypes(mentions);
        List<Mention> persons = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        List<Mention> placesTypedAsPersons = new ArrayList<>();
        for (Mention m : mentions) {
            if (MentionTypes.isPronoun(context, m)) {
                continue;
            }
            String type = typeByText.getOrDefault(normalise(m.text()), m.nerType());
            if (PERSON_TYPES.contains(type) && types.isPlaceByContext(context, m, mentions)) {
                placesTypedAsPersons.add(m);
            } else if (PERSON_TYPES.contains(type) && !types.isOrganizationByApposition(context, m)
                    || types.isPersonByApposition(context, m)) {
                persons.add(m);
            } else {
                others.add(m);
            }
        }
        List<String> fullNames = persons.stream().map(m -> clean(m.text()))
                .filter(n -> n.split("\\s+").length >= 2).distinct().toList();
        for (Mention m : others) {
            String name = clean(m.text());
            String type = typeByText.getOrDefault(normalise(m.text()), m.nerType());
            // A surname the NER model typed as a place or organisation ("van der Berg" as a LOCATION).
            if (fullNames.stream().anyMatch(full -> endsWithName(full, name))) {
                persons.add(m);
            } else if (PERSON_TYPES.contains(type) || ORGANIZATION_TYPES.contains(type)) {
                addOrganization(context, m);
            } else if (PLACE_TYPES.contains(type)) {
                addPlace(context, m);
            }
        }
        for (Mention m : placesTypedAsPersons) {
            // a surname that happens to sit where a place could ("left Orlov") stays the person's
            if (fullNames.stream().noneMatch(full -> endsWithName(full, clean(m.text())))) {
                addPlace(context, m);
            } else {
                persons.add(m);
            }
        }
        addPersons(context, persons);
        untagged.addUntaggedOrganizations(context);
        NameVariants.addBracketedAbbreviations(context);
        NameVariants.markUntaggedRepeats(context);
        NameVariants.markBareSurnames(context);
        NameVariants.addFormerNames(context);
        NameVariants.joinShortOrganizationNames(context);
        NameVariants.addFacilityNames(context);
        UntaggedEntities.addDivisionPlaces(context);
        UntaggedEntities.addListedPlaces(context);
        linkCoreference(context);
    }

    private void addOrganization(ExtractionContext context, Mention m) {
        String name = clean(m.text());
        // "Islamist Liberation Front": a describing word pulled into the name is not part of it
        String[] words = name.split(" ");
        int first = 0;
        while (first < words.length - 1 && qualifiers.contains(words[first])) {
            first++;
        }
        name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        Optional<Gazetteer.Entry> known = context.gazetteer().lookup(name);
        if (known.isEmpty() && (stateBodies.isStateBody(name) || ownedStateBody(context, name) || portfolio(name))) {
            // "the Foreign Ministry" is no actor of its own: it speaks for the country the text gives it, or for none
            StateBodies.countryOfStateBody(context, m).ifPresent(country ->
                    context.markTokens(m.sentence(), m.startToken(), m.endToken(), country));
            return;
        }
        String key;
        if (known.isPresent()) {
            Gazetteer.Entry entry = known.get();
            EntityKind kind = entry.kind() == Gazetteer.Kind.COUNTRY ? EntityKind.COUNTRY : EntityKind.ORGANIZATION;
            key = context.entity(kind, entry.canonical(), name, entry.wikidata());
        } else {
            key = context.entity(EntityKind.ORGANIZATION, name, name, null);
        }
        context.markTokens(m.sentence(), m.startToken(), m.endToken(), key);
    }

    /**
     * "Ruritanian Foreign Ministry", "Chile's Interior Ministry" tagged as one name: a demonym or country, then a state
     * body, is the country's organ, not an organisation of its own.
     */
    private boolean ownedStateBody(ExtractionContext context, String name) {
        String[] words = name.split(" ");
        for (int owner = 1; owner < words.length && owner <= 2; owner++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, owner)).replaceAll("['’]s$", "");
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, owner, words.length));
            boolean country = context.gazetteer().byDemonym(head).isPresent()
                    || context.gazetteer().lookup(head).filter(e -> e.kind() == Gazetteer.Kind.COUNTRY).isPresent();
            if (country && (stateBodies.isStateBody(rest) || portfolio(rest))) {
                return true;
            }
        }
        return false;
    }

    /** "Foreign Affairs", "Home Affairs": a portfolio tagged as a name ("Foreign Affairs Secretary X") is no body. */
    private boolean portfolio(String name) {
        String[] words = name.split(" ");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(departments::contains);
    }

    private void addPlace(ExtractionContext context, Mention m) {
        String name = clean(m.text());
        Optional<Gazetteer.Entry> known = context.gazetteer().lookup(name);
        String key;
        if (known.isPresent() && known.get().kind() == Gazetteer.Kind.COUNTRY) {
            key = context.entity(EntityKind.COUNTRY, known.get().canonical(), name, known.get().wikidata());
        } else if (known.isPresent()) {
            key = context.entity(EntityKind.ORGANIZATION, known.get().canonical(), name, known.get().wikidata());
        } else {
            key = context.entity(EntityKind.PLACE, name, name, null);
        }
        context.markTokens(m.sentence(), m.startToken(), m.endToken(), key);
    }

    /**
     * Full names become entities first, so that a later "Orlov" or "van der Berg" joins the "Pavel Orlov" or
     * "Jan van der Berg" the article introduced, instead of standing alone.
     */
    private void addPersons(ExtractionContext context, List<Mention> persons) {
        // the longest forms first, so that "van der Berg" or "Orlov" finds "Jan van der Berg" or "Pavel Orlov"
        List<String> names = persons.stream().map(m -> clean(m.text())).distinct()
                .sorted(Comparator.comparingInt((String n) -> n.split("\\s+").length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, String> keyByName = new HashMap<>();
        for (String name : names) {
            String key = keyByName.entrySet().stream()
                    .filter(e -> endsWithName(e.getKey(), name))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseGet(() -> onlyNameContaining(keyByName, name));
            if (key == null) {
                key = context.entity(EntityKind.PERSON, name, name, null);
            }
            context.addName(key, name);
            keyByName.put(name, key);
        }
        for (Mention m : persons) {
            context.markTokens(m.sentence(), m.startToken(), m.endToken(), keyByName.get(clean(m.text())));
        }
    }

    /**
     * "Zhang" after "Zhang Jun": where the family name comes first, a single word that is one word of exactly one full
     * name in the article is that person; shared by two people it names neither.
     */
    private static String onlyNameContaining(Map<String, String> keyByName, String name) {
        if (name.contains(" ")) {
            return null;
        }
        List<String> keys = keyByName.entrySet().stream()
                .filter(e -> List.of(e.getKey().toLowerCase(Locale.ROOT).split("[\\s-]+"))
                        .contains(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).distinct().toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /**
     * Pronouns and descriptions ("his country", "the minister") that coreference ties to a named entity stand for it.
     * Only third-person singular pronouns are followed: "we" inside a quote is the speaker's side, which coreference
     * often confuses with a news agency named nearby.
     */
    private void linkCoreference(ExtractionContext context) {
        for (CorefChain chain : context.document().corefChains()) {
            Optional<String> entity = chain.mentions().stream()
                    .filter(m -> m.kind().equals("PROPER"))
                    .map(m -> context.entityAt(m.sentence(), m.headToken()))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (entity.isEmpty()) {
                continue;
            }
            for (CorefMention m : chain.mentions()) {
                boolean follow = m.kind().equals("NOMINAL")
                        || (m.kind().equals("PRONOMINAL")
                        && THIRD_PERSON_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT)));
                if (follow) {
                    context.markTokens(m.sentence(), m.headToken(), m.headToken() + 1, entity.get());
                }
            }
        }
    }
}
