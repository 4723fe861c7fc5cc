package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merging the mentions of resolutions within an article into the texts they are: by number, by shared drafters, and
 * in reading order for the mentions that name neither.
 */
final class ResolutionGrouping {

    /** How many sentences after an undrafted topic a definite drafted mention may still name its drafter. */
    private static final int TOPIC_DRAFTER_WINDOW = 2;
    private static final Set<String> NOT_THIS_ONE = Set.of("another", "other", "further", "previous", "earlier",
            "past", "last", "new", "rival", "separate", "alternative", "similar");

    private ResolutionGrouping() {
    }

    record Drafter(List<String> actors, String rule) {}

    record Mention(Sentence sentence, Token token, Optional<Drafter> drafter, Optional<String> number,
                   boolean inHeadline) {}

    /** The mentions that are one text, and the drafters or number that identify it, if any. */
    static final class Resolution {
        final Set<String> drafters = new TreeSet<>();
        final List<Mention> mentions = new ArrayList<>();
        String number;
        String key;
    }

    /**
     * Which mentions are one text. Mentions by number, or whose drafters overlap ("a draft by Egypt, Spain and Japan"
     * and "the Spanish draft", "resolution 2401, drafted by Kuwait" and "the Kuwaiti draft"), are one resolution. When the article knows at most one such resolution, every other
     * mention is that one. When it knows several, it is read in order as a reader does: the first mention is the
     * article's topic even if it names no drafter, a later mention without drafter or number continues the one
     * spoken of last, a definite mention naming a drafter soon after an undrafted topic ("the text, which was put
     * forward by X") gives that topic its drafter, and an undrafted headline mention is the resolution the body speaks
     * of first. A definite co-drafted text ("whose country co-drafted the text") is the one in play.
     */
    static List<Resolution> group(List<Mention> mentions) {
        List<Resolution> identified = new ArrayList<>();
        Map<Mention, Resolution> identity = new LinkedHashMap<>();
        Resolution lastIdentified = null;
        int lastSentence = -1;
        for (Mention m : mentions) {
            Resolution r = null;
            if (m.number.isPresent()) {
                r = identified.stream().filter(x -> m.number.get().equals(x.number)).findFirst().orElse(null);
                if (r == null && namesTextInPlay(m, lastIdentified, lastSentence)) {
                    // "a vote on a U.S.-drafted resolution ... Resolution 2397 was adopted unanimously": the number of
                    // the text just reported, not another one
                    r = lastIdentified;
                    r.number = m.number.get();
                }
                if (r == null) {
                    r = new Resolution();
                    r.number = m.number.get();
                    identified.add(r);
                }
            } else if (m.drafter.isPresent()) {
                for (Resolution x : identified) {
                    if (!Collections.disjoint(x.drafters, m.drafter.get().actors)) {
                        r = x;
                    }
                }
                // "whose country co-drafted the text": a co-drafter joins the drafters of the text in play
                if (r == null && lastIdentified != null && isDefinite(m) && coDrafted(m)) {
                    r = lastIdentified;
                }
                if (r == null) {
                    r = new Resolution();
                    identified.add(r);
                }
            }
            // "resolution 2401, drafted by Kuwait and Sweden": later mentions of either drafter are that resolution
            if (r != null && m.drafter.isPresent()) {
                r.drafters.addAll(m.drafter.get().actors);
            }
            if (r != null) {
                identity.put(m, r);
                lastIdentified = r;
                lastSentence = m.sentence.index();
            }
        }
        List<Resolution> resolutions = new ArrayList<>();
        if (identified.size() <= 1) {
            Resolution only = identified.isEmpty() ? new Resolution() : identified.get(0);
            only.mentions.addAll(mentions);
            if (!mentions.isEmpty()) {
                resolutions.add(only);
            }
            return resolutions;
        }
        Resolution current = null;
        Resolution undraftedTopic = null;
        int topicSentence = -1;
        // the headline names the resolution the lead reports, whichever way the lead then names it
        List<Mention> headline = new ArrayList<>();
        for (Mention m : mentions) {
            Resolution r = identity.get(m);
            if (r == null && m.inHeadline) {
                headline.add(m);
                continue;
            }
            Resolution holder;
            if (r != null) {
                int sinceTopic = m.sentence.index() - topicSentence;
                // the lead's text named again with its drafter: "the text, which was put forward by X" soon after,
                // or "a compromise resolution drafted by X" a few sentences on (a "rival" or "another" one is not it)
                if (undraftedTopic != null && (isDefinite(m) && sinceTopic <= TOPIC_DRAFTER_WINDOW
                        || !refersElsewhere(m.sentence, m.token) && !inTimeClause(m)
                        && sinceTopic <= 2 * TOPIC_DRAFTER_WINDOW)) {
                    r.mentions.addAll(undraftedTopic.mentions);
                    resolutions.remove(undraftedTopic);
                }
                undraftedTopic = null;
                holder = r;
                // "Resolution 2231, which the council endorsed in 2015": a text known only by its number that comes
                // up while another is in play is recalled in passing; the mentions after it go on with the other
                // so is a text told as the time of the event reported ("one day after it did the same to a US motion")
                boolean recalled = (r.number != null && r.drafters.isEmpty() || toldAsTime(m)) && current != null
                        && current != r;
                if (!recalled) {
                    current = r;
                }
            } else if (current == null) {
                current = new Resolution();
                undraftedTopic = current;
                holder = current;
            } else {
                holder = current;
            }
            if (holder == undraftedTopic) {
                topicSentence = m.sentence.index();
            }
            holder.mentions.add(m);
            holder.mentions.addAll(headline);
            headline.clear();
            if (!resolutions.contains(holder)) {
                resolutions.add(holder);
            }
        }
        if (!headline.isEmpty()) {
            Resolution onlyInHeadline = new Resolution();
            onlyInHeadline.mentions.addAll(headline);
            resolutions.add(onlyInHeadline);
        }
        return resolutions;
    }

    /**
     * A number that names the drafted text just spoken of: the text in play has drafters but no number yet, the
     * numbered mention follows within {@value #TOPIC_DRAFTER_WINDOW} sentences as the subject of its sentence's main
     * verb ("Resolution 2397 was adopted unanimously"), and the sentence names no year besides the number, which
     * would date it to another vote ("Resolution 2231, endorsed in 2015, ..." is recalled, not reported).
     */
    private static boolean namesTextInPlay(Mention m, Resolution inPlay, int inPlaySentence) {
        if (inPlay == null || inPlay.number != null || inPlay.drafters.isEmpty()
                || m.sentence.index() - inPlaySentence > TOPIC_DRAFTER_WINDOW) {
            return false;
        }
        Sentence s = m.sentence;
        int head = numberedHead(s, m.token.index());
        boolean subjectOfMainVerb = s.dependencies().stream().anyMatch(d -> d.dependent() == head
                && d.relation().startsWith("nsubj") && s.governorOf(d.governor()).isEmpty());
        boolean otherYear = s.tokens().stream().anyMatch(t -> t.pos().equals("CD")
                && t.word().matches("(19|20)\\d\\d") && !t.word().equals(m.number.get()));
        return subjectOfMainVerb && !otherYear;
    }

    /** "Resolution No. 2417": the parser may make "No." the head with the noun as its compound. */
    private static int numberedHead(Sentence s, int noun) {
        return s.governorOf(noun).filter(d -> d.relation().equals("compound")
                        && s.token(d.governor()).word().matches("(?i)no\\.?|number"))
                .map(d -> d.governor()).orElse(noun);
    }

    /**
     * The object of "co-drafted", "co-sponsored", "co-authored", or "joined as co-sponsors": a text that has other
     * drafters as well; and "the penholder", who drafts the texts on a file, for the one in play.
     */
    private static boolean coDrafted(Mention m) {
        return m.token.lemma().toLowerCase(Locale.ROOT).matches("co-.*|pen-?holders?") || m.sentence.governorOf(m.token.index()).filter(d -> d.relation().equals("obj"))
                .map(d -> m.sentence.token(d.governor()).lemma().toLowerCase(Locale.ROOT).startsWith("co-"))
                .orElse(false);
    }

    /** "weeks after Russia vetoed a British-drafted resolution": a text told as the time of another event. */
    private static boolean inTimeClause(Mention m) {
        return Clauses.underRelation(m.sentence, m.token.index(), "(advcl|obl|nmod):(after|before|since|until)");
    }

    /** A text in a clause opened by "after" or "before", or under such an oblique: the time of another event. */
    private static boolean toldAsTime(Mention m) {
        Sentence s = m.sentence;
        int at = m.token.index();
        for (int steps = 0; steps < s.tokens().size(); steps++) {
            int clause = at;
            if (s.dependentsOf(clause).stream().anyMatch(d -> d.relation().equals("mark")
                    && s.token(d.dependent()).word().matches("(?i)after|before"))) {
                return true;
            }
            Optional<Dependency> up = s.governorOf(clause);
            if (up.isEmpty()) {
                return inTimeClause(m);
            }
            at = up.get().governor();
        }
        return inTimeClause(m);
    }

    /** "the draft", "France's text": a mention that picks up a text already in play, not "a draft" or "another". */
    private static boolean isDefinite(Mention m) {
        return !refersElsewhere(m.sentence, m.token) && m.sentence.dependentsOf(m.token.index()).stream()
                .noneMatch(d -> d.relation().equals("det")
                        && m.sentence.token(d.dependent()).word().matches("(?i)an?"));
    }

    static boolean refersElsewhere(Sentence s, Token t) {
        return s.dependentsOf(t.index()).stream()
                .anyMatch(d -> NOT_THIS_ONE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}
