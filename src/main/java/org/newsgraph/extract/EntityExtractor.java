package org.newsgraph.extract;

import org.newsgraph.nlp.CorefChain;
import org.newsgraph.nlp.CorefMention;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.resolve.Names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns named-entity mentions into the document's entities: one entity per real referent, whatever name variant,
 * surname or pronoun the text uses for it. Runs first; every other extractor finds actors through the tokens it marks.
 */
public final class EntityExtractor implements Extractor {

    private static final Set<String> PERSON_TYPES = Set.of("PERSON");
    private static final Set<String> ORGANIZATION_TYPES = Set.of("ORGANIZATION");
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY");
    private static final Set<String> THIRD_PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z.&]{1,7}");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\\.?\\s+");

    private final Lexicon organizationHeads = Lexicon.named("organization-heads");
    private final Lexicon qualifiers = Lexicon.named("name-qualifiers");
    private final Lexicon stateBodies = Lexicon.named("state-bodies");
    private final Lexicon departments = Lexicon.named("state-departments");

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
        List<Mention> mentions = splitJoinedPlaces(context, namesBeforeBracketedAbbreviations(context, splitRunTogetherNames(context,
                CompoundPlaceNames.join(context, mergeDirections(context, mergeSplitOrganizations(context,
                        dropParticiplePrefixes(context, context.document().mentions())))))));
        Map<String, String> typeByText = dominantTypes(mentions);
        List<Mention> persons = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        List<Mention> placesTypedAsPersons = new ArrayList<>();
        for (Mention m : mentions) {
            if (isPronoun(context, m)) {
                continue;
            }
            String type = typeByText.getOrDefault(normalise(m.text()), m.nerType());
            if (PERSON_TYPES.contains(type) && isPlaceByContext(context, m, mentions)) {
                placesTypedAsPersons.add(m);
            } else if (PERSON_TYPES.contains(type) && !isOrganizationByApposition(context, m)) {
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
        addUntaggedOrganizations(context);
        addBracketedAbbreviations(context);
        markUntaggedRepeats(context);
        addFormerNames(context);
        joinShortOrganizationNames(context);
        addFacilityNames(context);
        addListedPlaces(context);
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
        if (known.isEmpty() && isStateBody(name)) {
            // "the Foreign Ministry" is no actor of its own: it speaks for the country the text gives it, or for none
            countryOfStateBody(context, m).ifPresent(country ->
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

    /** A name made only of state-body and department words ("Foreign Ministry", "Ministry of Defence"). */
    private boolean isStateBody(String name) {
        String[] words = name.split(" ");
        boolean hasBody = false;
        for (String word : words) {
            if (stateBodies.contains(word)) {
                hasBody = true;
            } else if (!departments.contains(word)) {
                return false;
            }
        }
        return hasBody;
    }

    /**
     * The country a state body belongs to: a country or demonym inside the mention ("Russian Defense Ministry"), or a
     * country owning it or a demonym right before it ("Russia's Foreign Ministry", "Russian Foreign Ministry").
     */
    private static Optional<String> countryOfStateBody(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        int before = m.startToken() - 1;
        if (before >= 1 && RoleExtractor.isPossessive(s.token(before))) {
            before--;
        }
        for (int t = before; t < m.endToken(); t++) {
            if (t < 1) {
                continue;
            }
            Token token = s.token(t);
            Optional<String> country = context.entityAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.COUNTRY)
                    .or(() -> context.countryByDemonym(token.word()));
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
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
     * "The International Committee of the Red Cross (ICRC)": the capitalised abbreviation in brackets right after a
     * name is another name of the same entity.
     */
    private static void addBracketedAbbreviations(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (int t = 2; t + 2 <= s.tokens().size(); t++) {
                Token open = s.token(t);
                Token inside = s.token(t + 1);
                if (!open.word().equals("(") && !open.word().equals("-LRB-")) {
                    continue;
                }
                boolean closed = t + 2 <= s.tokens().size()
                        && (s.token(t + 2).word().equals(")") || s.token(t + 2).word().equals("-RRB-"));
                int before = t - 1;
                Optional<String> named = context.entityAt(s.index(), before)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION || context.kindOf(k) == EntityKind.COUNTRY);
                Optional<String> abbreviated = context.entityAt(s.index(), t + 1)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
                if (named.isPresent() && abbreviated.isPresent() && !named.equals(abbreviated)
                        && context.labelOf(abbreviated.get()).charAt(0) == context.labelOf(named.get()).charAt(0)
                        && BRACKETED_ABBREVIATION.matcher(context.labelOf(abbreviated.get())).matches()) {
                    // the whole name and its abbreviation were made one organisation each before
                    context.mergeInto(abbreviated.get(), named.get());
                    continue;
                }
                if (!closed || !ABBREVIATION.matcher(inside.word()).matches()) {
                    continue;
                }
                if (named.isPresent() && Names.initials(context.labelOf(named.get())).equalsIgnoreCase(inside.word())) {
                    context.addName(named.get(), inside.word());
                    context.markTokens(s.index(), inside.index(), inside.index() + 1, named.get());
                }
            }
        }
    }

    /**
     * "X, formerly known as Y" / "X (formerly known as Y)" / "X - previously called Y" / "X, officially known as Y":
     * Y is another name of X.
     */
    private static void addFormerNames(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            List<Token> tokens = s.tokens();
            for (int t = 1; t + 2 <= tokens.size(); t++) {
                String w = s.token(t).word().toLowerCase(Locale.ROOT);
                boolean earlier = w.equals("formerly") || w.equals("previously");
                int next = t + 1;
                if (s.token(next).word().equalsIgnoreCase("known") && next + 1 <= tokens.size()
                        && s.token(next + 1).word().equalsIgnoreCase("as")) {
                    next += 2;
                } else if (earlier && s.token(next).word().equalsIgnoreCase("called")) {
                    next += 1;
                } else if (w.equals("known") && t > 1 && s.token(t - 1).word().equals(",")
                        && s.token(next).word().equalsIgnoreCase("as")) {
                    // "The Blue Vests, known as the ...": another name, whatever the time
                    next += 1;
                } else {
                    continue;
                }
                if (next <= tokens.size() && s.token(next).pos().equals("DT")) {
                    next++;
                }
                if (next > tokens.size()) {
                    continue;
                }
                Optional<String> former = context.entityAt(s.index(), next)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
                Optional<String> current = Optional.empty();
                for (int b = t - 1; b >= 1 && current.isEmpty() && t - b <= 6; b--) {
                    current = context.entityAt(s.index(), b).filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
                }
                if (current.isEmpty()) {
                    current = describedOrganization(context, s, t);
                }
                if (former.isPresent() && current.isPresent() && !former.equals(current)) {
                    context.mergeInto(former.get(), current.get());
                }
            }
        }
    }

    /**
     * NER tags a name in one sentence and misses it in another ("Syria's White Helmets rescue group"): a run of proper
     * nouns, left untagged, that is exactly a multi-word name of an entity of the article mentions that entity.
     */
    private static void markUntaggedRepeats(ExtractionContext context) {
        Map<String, String> keyByName = new HashMap<>();
        for (EntityKind kind : List.of(EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.PLACE)) {
            for (String key : context.entitiesOfKind(kind)) {
                context.namesOf(key).stream().filter(n -> n.contains(" "))
                        .forEach(n -> keyByName.putIfAbsent(n.toLowerCase(Locale.ROOT), key));
            }
        }
        for (Sentence s : context.sentences()) {
            int t = 1;
            while (t <= s.tokens().size()) {
                int start = t;
                while (t <= s.tokens().size() && s.token(t).properNoun() && context.entityAt(s.index(), t).isEmpty()) {
                    t++;
                }
                String key = t - start >= 2 ? keyByName.get(clean(s.span(start, t)).toLowerCase(Locale.ROOT)) : null;
                if (key != null) {
                    context.markTokens(s.index(), start, t, key);
                }
                t = Math.max(t, start + 1);
            }
        }
    }

    /**
     * "The volunteers, formally known as the Syria Civil Defense": a sentence that opens with a description of what the
     * sentence before named continues it; the organisation named last there, news agencies aside, is the one described.
     */
    private static Optional<String> describedOrganization(ExtractionContext context, Sentence s, int trigger) {
        int comma = trigger;
        while (comma > 1 && s.token(comma - 1).pos().startsWith("RB")) {
            comma--;
        }
        comma--;
        boolean opensWithDescription = comma == 3 && s.token(1).word().equalsIgnoreCase("the")
                && s.token(2).pos().startsWith("NN") && !s.token(2).properNoun() && s.token(comma).word().equals(",");
        if (!opensWithDescription || s.index() == 0) {
            return Optional.empty();
        }
        Sentence before = context.document().sentence(s.index() - 1);
        for (int t = before.tokens().size(); t >= 1; t--) {
            Optional<String> org = context.entityAt(before.index(), t)
                    .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION)
                    .filter(k -> context.gazetteer().lookup(context.labelOf(k))
                            .map(e -> !"news-agency".equals(e.orgKind())).orElse(true));
            if (org.isPresent()) {
                return org;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> FACILITY_NOUNS = Set.of("plant", "works", "factory", "mill", "complex",
            "refinery", "mine", "airport", "hospital", "compound", "base");

    /**
     * "the Azovstal steel works", "the Azovstal steel plant": a named place followed by a common-noun facility is
     * the same place, so each way of writing it is another of its names.
     */
    private static void addFacilityNames(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (int t = 1; t < s.tokens().size(); t++) {
                String word = s.token(t).word();
                // NER often tags a name in one sentence and not in the next
                Optional<String> place = context.entityAt(s.index(), t)
                        .or(() -> context.entitiesOfKind(EntityKind.PLACE).stream()
                                .filter(k -> context.namesOf(k).contains(word)).findFirst())
                        .filter(k -> context.kindOf(k) == EntityKind.PLACE);
                if (place.isEmpty() || !s.token(t).properNoun()
                        || context.entityAt(s.index(), t + 1).equals(place)) {
                    continue;
                }
                for (int end = t + 1; end <= Math.min(t + 2, s.tokens().size()); end++) {
                    Token noun = s.token(end);
                    if (!Character.isLowerCase(noun.word().charAt(0)) || context.entityAt(s.index(), end).isPresent()) {
                        break;
                    }
                    if (FACILITY_NOUNS.contains(noun.word())) {
                        int start = t;
                        while (start > 1 && context.entityAt(s.index(), start - 1).equals(place)) {
                            start--;
                        }
                        context.addName(place.get(), clean(s.span(start, end + 1)));
                        break;
                    }
                }
            }
        }
    }

    /**
     * "the Observatory" after "the Syrian Observatory for Human Rights": a one-word organisation name that is the head
     * noun of exactly one longer organisation name in the article is that organisation.
     */
    private static void joinShortOrganizationNames(ExtractionContext context) {
        for (String shortKey : context.entitiesOfKind(EntityKind.ORGANIZATION)) {
            String shortName = context.labelOf(shortKey);
            if (shortName.contains(" ") || shortName.equals(shortName.toUpperCase(Locale.ROOT))
                    || context.gazetteer().lookup(shortName).isPresent()) {
                continue;
            }
            List<String> longer = context.entitiesOfKind(EntityKind.ORGANIZATION).stream()
                    .filter(k -> !k.equals(shortKey) && headNoun(context.labelOf(k)).equalsIgnoreCase(shortName)
                            && context.labelOf(k).contains(" "))
                    .toList();
            if (longer.size() == 1) {
                context.mergeInto(shortKey, longer.get(0));
            }
        }
    }

    /** The last word before any "of"/"for" complement: "Observatory" in "Syrian Observatory for Human Rights". */
    private static String headNoun(String name) {
        String head = name.split(" (?:of|for) ")[0];
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    /**
     * Places listed with a tagged place ("villages such as Tal Hamra and Kafr Sita") are places too, even when the NER
     * model did not recognise the rarer name.
     */
    private static void addListedPlaces(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (org.newsgraph.nlp.Dependency d : s.dependencies()) {
                if (!d.relation().startsWith("conj") || d.governor() == 0) {
                    continue;
                }
                tagListed(context, s, d.governor(), d.dependent());
                tagListed(context, s, d.dependent(), d.governor());
            }
        }
    }

    private static void tagListed(ExtractionContext context, Sentence s, int known, int other) {
        Optional<String> place = context.entityAt(s.index(), known).filter(k -> context.kindOf(k) == EntityKind.PLACE);
        if (place.isEmpty() || context.entityAt(s.index(), other).isPresent() || !s.token(other).properNoun()) {
            return;
        }
        int start = other;
        while (start > 1 && (s.token(start - 1).properNoun() || s.token(start - 1).word().equals("-"))
                && context.entityAt(s.index(), start - 1).isEmpty()) {
            start--;
        }
        String name = clean(s.span(start, other + 1));
        String key = context.entity(EntityKind.PLACE, name, name, null);
        context.markTokens(s.index(), start, other + 1, key);
    }

    /**
     * Multi-word proper names ending in an organisation word that NER left untagged or split ("al-Qassam Brigades",
     * "Liberation Front").
     */
    private void addUntaggedOrganizations(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int start = i;
                while (i < tokens.size() && isNamePart(tokens.get(i))) {
                    i++;
                }
                int end = i;
                // a dash after the name ("Liberation Front - to leave") is punctuation, not part of it
                while (end > start && tokens.get(end - 1).word().equals("-")) {
                    end--;
                }
                if (end - start >= 2 && organizationHeads.contains(tokens.get(end - 1).word())
                        && tokens.get(end - 1).properNoun()) {
                    while (start < end && !tokens.get(start).properNoun()) {
                        start++;
                    }
                    boolean untagged = true;
                    for (int t = start; t < end; t++) {
                        if (context.entityAt(s.index(), tokens.get(t).index()).isPresent()) {
                            untagged = false;
                        }
                    }
                    String name = s.span(tokens.get(start).index(), tokens.get(end - 1).index() + 1);
                    if (untagged && end - start >= 2 && !isStateBody(clean(name))) {
                        String key = context.entity(EntityKind.ORGANIZATION, clean(name), clean(name), null);
                        context.markTokens(s.index(), tokens.get(start).index(), tokens.get(end - 1).index() + 1, key);
                    }
                }
                i = Math.max(i, start + 1);
            }
        }
    }

    private static boolean isNamePart(Token t) {
        return t.properNoun() || t.word().equals("-") || t.word().equalsIgnoreCase("al");
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

    /** "X of the Y" split by NER into two organisations ("International Committee" + "Red Cross"). */
    private static List<Mention> mergeSplitOrganizations(ExtractionContext context, List<Mention> mentions) {
        List<Mention> merged = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i + 1 < mentions.size()) {
                Mention n = mentions.get(i + 1);
                boolean bothOrganizations = m.nerType().equals("ORGANIZATION") && n.nerType().equals("ORGANIZATION");
                if (m.sentence() == n.sentence() && n.startToken() - m.endToken() <= 2) {
                    Sentence s = context.document().sentence(m.sentence());
                    String joined = s.span(m.startToken(), n.endToken());
                    // "African" (a nationality) + "Union" (a city): together an organisation the gazetteer knows
                    boolean knownOrganization = context.gazetteer().lookup(joined).filter(e -> !e.isCountry()).isPresent();
                    if ((bothOrganizations || n.startToken() == m.endToken() && knownOrganization)
                            && context.gazetteer().lookup(joined).isPresent()) {
                        merged.add(new Mention(m.sentence(), m.startToken(), n.endToken(), joined, "ORGANIZATION",
                                m.begin(), n.end()));
                        i++;
                        continue;
                    }
                }
            }
            merged.add(m);
        }
        return merged;
    }

    private static final Set<String> DIRECTIONS = Set.of("east", "west", "north", "south", "eastern", "western",
            "northern", "southern", "central");

    /** "East" + "Mosul" tagged as two places: one place, "East Mosul". */
    private static List<Mention> mergeDirections(ExtractionContext context, List<Mention> mentions) {
        List<Mention> merged = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i + 1 < mentions.size() && DIRECTIONS.contains(m.text().toLowerCase(Locale.ROOT))) {
                Mention n = mentions.get(i + 1);
                if (n.sentence() == m.sentence() && n.startToken() == m.endToken()
                        && PLACE_TYPES.contains(n.nerType())) {
                    Sentence s = context.document().sentence(m.sentence());
                    merged.add(new Mention(m.sentence(), m.startToken(), n.endToken(), s.span(m.startToken(), n.endToken()),
                            n.nerType(), m.begin(), n.end()));
                    i++;
                    continue;
                }
            }
            merged.add(m);
        }
        return merged;
    }

    /**
     * An organisation name run together with a place or country ("UN Syria envoy" tagged as one organisation "UN
     * Syria"): when the name is unknown but a known organisation starts it and a known country or named place ends it,
     * it is two mentions.
     */
    private static List<Mention> splitRunTogetherNames(ExtractionContext context, List<Mention> mentions) {
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (PLACE_TYPES.contains(m.nerType())) {
                places.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            int length = m.endToken() - m.startToken();
            if (!m.nerType().equals("ORGANIZATION") || length < 2 || context.gazetteer().lookup(m.text()).isPresent()) {
                result.add(m);
                continue;
            }
            Sentence s = context.document().sentence(m.sentence());
            boolean split = false;
            for (int cut = m.endToken() - 1; cut > m.startToken() && !split; cut--) {
                String head = s.span(m.startToken(), cut);
                String tail = s.span(cut, m.endToken());
                boolean headKnown = context.gazetteer().lookup(head).filter(e -> e.kind() == Gazetteer.Kind.ORGANIZATION).isPresent();
                boolean tailPlace = places.contains(tail.toLowerCase(Locale.ROOT))
                        || context.gazetteer().lookup(tail).filter(e -> e.kind() == Gazetteer.Kind.COUNTRY).isPresent();
                if (headKnown && tailPlace) {
                    result.add(new Mention(m.sentence(), m.startToken(), cut, head, "ORGANIZATION", m.begin(),
                            s.token(cut - 1).end()));
                    result.add(new Mention(m.sentence(), cut, m.endToken(), tail, "LOCATION", s.token(cut).begin(), m.end()));
                    split = true;
                }
            }
            if (!split) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * "U.S.-drafted United Nations Security Council" tagged as one organisation: the hyphenated participle
     * ("-drafted", "-led", "-backed") describes the name that follows and is not part of it; what comes before the
     * hyphen is the actor that drafted, led or backed.
     */
    private static List<Mention> dropParticiplePrefixes(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = context.document().sentence(m.sentence());
            int participle = -1;
            for (int t = m.startToken() + 1; t + 1 < m.endToken() && participle < 0; t++) {
                Token next = s.token(t + 1);
                if (s.token(t).word().equals("-") && next.pos().equals("VBN") && Character.isLowerCase(next.word().charAt(0))) {
                    participle = t + 1;
                }
            }
            if (!m.nerType().equals("ORGANIZATION") || participle < 0) {
                result.add(m);
                continue;
            }
            String actor = s.span(m.startToken(), participle - 1);
            String actorType = context.gazetteer().lookup(actor).filter(Gazetteer.Entry::isCountry).isPresent()
                    ? "COUNTRY" : "ORGANIZATION";
            result.add(new Mention(m.sentence(), m.startToken(), participle - 1, actor, actorType, m.begin(),
                    s.token(participle - 2).end()));
            if (participle + 1 < m.endToken()) {
                result.add(new Mention(m.sentence(), participle + 1, m.endToken(), s.span(participle + 1, m.endToken()),
                        "ORGANIZATION", s.token(participle + 1).begin(), m.end()));
            }
        }
        return result;
    }

    private static final Pattern BRACKETED_ABBREVIATION = Pattern.compile("[A-Z][A-Z.&-]{1,9}");
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "the", "and", "on");

    /**
     * "Islamic State Khorasan (ISIS-K)", "the Joint Investigative Mechanism (JIM)": capitalised words followed by a
     * bracketed abbreviation that starts with the same letter are one organisation's name, whatever pieces NER made of
     * them; the abbreviation is another mention of it.
     */
    private static List<Mention> namesBeforeBracketedAbbreviations(ExtractionContext context, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (Sentence s : context.sentences()) {
            for (int open = 3; open + 2 <= s.tokens().size(); open++) {
                if (!s.token(open).word().equals("(") && !s.token(open).word().equals("-LRB-")) {
                    continue;
                }
                int close = open + 1;
                while (close <= s.tokens().size() && close - open <= 3 && !isClosingBracket(s.token(close).word())) {
                    close++;
                }
                if (close > s.tokens().size() || !isClosingBracket(s.token(close).word())) {
                    continue;
                }
                String abbreviation = s.span(open + 1, close).replace(" ", "");
                int start = open;
                while (start > 1 && (Character.isUpperCase(s.token(start - 1).word().charAt(0))
                        || (NAME_LINKS.contains(s.token(start - 1).word()) && start - 2 >= 1
                        && Character.isUpperCase(s.token(start - 2).word().charAt(0))))) {
                    start--;
                }
                final int first = start;
                final int end = open;
                boolean nameOfSomeone = result.stream().anyMatch(m -> m.sentence() == s.index()
                        && m.startToken() < end && m.endToken() > first
                        && (PERSON_TYPES.contains(m.nerType()) || m.nerType().equals("COUNTRY")));
                if (end - first < 2 || nameOfSomeone || !BRACKETED_ABBREVIATION.matcher(abbreviation).matches()
                        || abbreviation.charAt(0) != s.token(first).word().charAt(0)) {
                    continue;
                }
                int abbreviationEnd = close;
                result.removeIf(m -> m.sentence() == s.index() && m.startToken() < abbreviationEnd && m.endToken() > first);
                result.add(new Mention(s.index(), first, end, s.span(first, end), "ORGANIZATION",
                        s.token(first).begin(), s.token(end - 1).end()));
                result.add(new Mention(s.index(), open + 1, close, abbreviation, "ORGANIZATION",
                        s.token(open + 1).begin(), s.token(close - 1).end()));
            }
        }
        result.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::startToken));
        return result;
    }

    private static boolean isClosingBracket(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    /** When NER types the same name both as a person and as an organisation, the organisation reading wins. */
    private static Map<String, String> dominantTypes(List<Mention> mentions) {
        Map<String, String> result = new HashMap<>();
        for (Mention m : mentions) {
            String text = normalise(m.text());
            if (m.nerType().equals("ORGANIZATION")) {
                result.put(text, "ORGANIZATION");
            } else {
                result.putIfAbsent(text, m.nerType());
            }
        }
        return result;
    }

    private static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "village", "city", "district", "province",
            "region", "suburb", "neighbourhood", "neighborhood", "camp", "port");
    private static final Set<String> MOVEMENT_VERBS = Set.of("leave", "reach", "enter", "arrive", "evacuate", "flee",
            "return", "travel", "move", "head", "cross", "transfer", "relocate", "bus", "depart");

    /**
     * A town the NER model took for a person ("left Foua", "Madaya and Zabadani, two towns", "Kyiv was pressing"): a
     * country or capital, a name listed with a tagged place, in apposition to a settlement noun, or the place a movement
     * verb leaves or reaches.
     */
    private boolean isPlaceByContext(ExtractionContext context, Mention m, List<Mention> mentions) {
        Sentence s = context.document().sentence(m.sentence());
        String name = clean(m.text());
        if (m.endToken() - m.startToken() == 1 && (context.gazetteer().byCapital(name).isPresent()
                || context.gazetteer().lookup(name).filter(Gazetteer.Entry::isCountry).isPresent())) {
            return true;
        }
        int head = m.endToken() - 1;
        for (org.newsgraph.nlp.Dependency d : s.dependencies()) {
            int other = d.governor() == head ? d.dependent() : d.dependent() == head ? d.governor() : -1;
            if (other < 1) {
                continue;
            }
            Token o = s.token(other);
            boolean listedWithPlace = d.relation().startsWith("conj") && mentions.stream().anyMatch(n ->
                    n.sentence() == m.sentence() && n.startToken() <= other && other < n.endToken()
                            && PLACE_TYPES.contains(n.nerType()));
            boolean settlement = d.relation().equals("appos") && SETTLEMENT_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT));
            // "According to X, the convoy will leave": X is whom the sentence cites, not where anyone goes
            boolean destination = d.dependent() == head && (d.relation().equals("obj") || d.relation().startsWith("obl"))
                    && !d.relation().contains("according")
                    && MOVEMENT_VERBS.contains(o.lemma().toLowerCase(Locale.ROOT));
            if (listedWithPlace || settlement || destination) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mariupol for Zaporizhzhia" tagged as one organisation: a name cut by a lower-case preposition, both parts of which
     * the article elsewhere tags as places (or the gazetteer knows as countries or capitals), is two places.
     */
    private static List<Mention> splitJoinedPlaces(ExtractionContext context, List<Mention> mentions) {
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (PLACE_TYPES.contains(m.nerType())) {
                places.add(normalise(m.text()));
            }
        }
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            Sentence s = context.document().sentence(m.sentence());
            int cut = -1;
            for (int t = m.startToken() + 1; t < m.endToken() - 1 && m.nerType().equals("ORGANIZATION"); t++) {
                if (s.token(t).pos().equals("IN") && Character.isLowerCase(s.token(t).word().charAt(0))) {
                    cut = t;
                }
            }
            if (cut < 0 || !isKnownPlace(context, places, s.span(m.startToken(), cut))
                    || !isKnownPlace(context, places, s.span(cut + 1, m.endToken()))) {
                result.add(m);
                continue;
            }
            result.add(new Mention(m.sentence(), m.startToken(), cut, s.span(m.startToken(), cut), "LOCATION",
                    m.begin(), s.token(cut - 1).end()));
            result.add(new Mention(m.sentence(), cut + 1, m.endToken(), s.span(cut + 1, m.endToken()), "LOCATION",
                    s.token(cut + 1).begin(), m.end()));
        }
        return result;
    }

    private static boolean isKnownPlace(ExtractionContext context, Set<String> places, String name) {
        return places.contains(normalise(name)) || context.gazetteer().byCapital(clean(name)).isPresent()
                || context.gazetteer().lookup(clean(name)).filter(Gazetteer.Entry::isCountry).isPresent();
    }

    private boolean isOrganizationByApposition(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        for (int t = m.startToken(); t < m.endToken(); t++) {
            int token = t;
            boolean org = s.dependentsOf(token).stream()
                    .filter(d -> d.relation().equals("appos") || d.relation().equals("dep"))
                    .map(d -> s.token(d.dependent()))
                    .anyMatch(a -> organizationHeads.contains(a.lemma()) && !a.properNoun()
                            && a.index() > m.endToken() - 1);
            if (org) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPronoun(ExtractionContext context, Mention m) {
        Sentence s = context.document().sentence(m.sentence());
        return m.endToken() - m.startToken() == 1 && s.token(m.startToken()).pos().startsWith("PRP");
    }

    private static boolean endsWithName(String fullName, String shortName) {
        String full = fullName.toLowerCase(Locale.ROOT);
        String part = shortName.toLowerCase(Locale.ROOT);
        return full.endsWith(" " + part) || full.endsWith("-" + part);
    }

    static String clean(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        n = LEADING_ARTICLE.matcher(n).replaceFirst("");
        n = HONORIFIC.matcher(n).replaceFirst("");
        n = n.replaceFirst("\\s*'s$", "").replaceFirst("’s$", "");
        return n;
    }

    private static String normalise(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }
}
