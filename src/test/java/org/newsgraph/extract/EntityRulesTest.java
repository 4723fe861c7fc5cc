package org.newsgraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who the actors are: people behind their titles, states behind their organs and capitals, names and their variants. */
class EntityRulesTest {

    private static List<String> envoys;
    private static List<String> evacuation;
    private static List<String> multiwordStates;
    private static List<String> andNames;

    @BeforeAll
    static void extract() throws IOException {
        envoys = ExtractionFixtures.lines(ExtractionFixtures.extract("entity-envoys"));
        evacuation = ExtractionFixtures.lines(ExtractionFixtures.extract("entity-evacuation"));
        multiwordStates = ExtractionFixtures.lines(ExtractionFixtures.extract("entity-multiword-states"));
        andNames = ExtractionFixtures.lines(ExtractionFixtures.extract("entity-and-names"));
    }

    @Test
    void theSubjectBehindATitleIsThePersonNotTheOrganisationInTheTitle() {
        assertSpeaker(envoys, "unbalanced and rushed", "Tomas Ravell");
        assertLacks(envoys, "United Nations | abstainedOn");
    }

    @Test
    void aFamilyNameWrittenFirstStillJoinsTheFullName() {
        assertSpeaker(envoys, "We will keep talking", "Chen Lirong");
        assertLacks(envoys, "| speaker | Chen\n");
    }

    @Test
    void aQuoteWithItsOwnAttributionIsNotCreditedToTheSentenceBefore() {
        assertSpeaker(evacuation, "Families in the camps", "Anna Lindqvist");
    }

    @Test
    void aStateBodyIsItsCountry() {
        assertSpeaker(envoys, "Every council member", "Poland");
        assertSpeaker(envoys, "We escorted every aid convoy", "Norway");
        assertLacks(envoys, "Defense Ministry");
        assertLacks(envoys, "| represents | Foreign Ministry");
    }

    @Test
    void aTitleBeforeACommaAndTheNameGivesTheOwner() {
        assertHas(envoys, "Ramon Alcaraz | represents | Philippines");
        assertHas(envoys, "Marta Vikhagen | represents | Norway");
        assertHas(evacuation, "Adil Noor | represents | Blue Vests");
    }

    @Test
    void anOfficeNamedOnceWithItsCountryKeepsTheCountry() {
        assertHas(envoys, "Ion Carabet | represents | Moldova");
    }

    @Test
    void anOfficeAfterAFrontedCapitalServesThatCapitalsCountry() {
        assertHas(envoys, "Amina Wekesa | represents | Kenya");
        assertHas(envoys, "Piotr Zalewski | represents | Poland");
    }

    @Test
    void whoHeadsAnOrganisationRepresentsIt() {
        assertHas(evacuation, "Lars Ekdahl | represents | Blue Vests");
    }

    @Test
    void aCapitalisedNameBeforeABracketedAbbreviationIsOneOrganisationWithThatAlias() throws IOException {
        DocumentFacts facts = ExtractionFixtures.extract("entity-evacuation");
        assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals("Highland Front Kessara")
                && e.kind() == EntityKind.ORGANIZATION && e.names().contains("HFK-S")), () -> facts.entities().toString());
    }

    @Test
    void aShortFormByHeadNounAndAKnownAsNameAreTheSameOrganisation() throws IOException {
        DocumentFacts facts = ExtractionFixtures.extract("entity-evacuation");
        assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals("Levant Observatory for Civil Liberties")
                && e.names().contains("Observatory")), () -> facts.entities().toString());
        assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals("Blue Vests")
                && e.names().contains("Levant Civil Protection Corps")), () -> facts.entities().toString());
    }

    @Test
    void townsTheTaggerTookForPeopleArePlacesByTheirContext() throws IOException {
        DocumentFacts facts = ExtractionFixtures.extract("entity-evacuation");
        for (String town : List.of("Halima", "Rashida")) {
            assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals(town) && e.kind() == EntityKind.PLACE),
                    () -> town + " in " + facts.entities());
        }
    }

    @Test
    void aTownTheTaggerTookForAPersonInTheHeadlineIsThePlaceTheBodyNames() throws IOException {
        // the headline's "Tarnowo" is tagged PERSON, the body's LOCATION: one place, and the evacuation goes there
        DocumentFacts facts = ExtractionFixtures.extract("entity-headline-place");
        assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals("Tarnowo") && e.kind() == EntityKind.PLACE),
                () -> facts.entities().toString());
        assertFalse(facts.entities().stream().anyMatch(e -> e.label().equals("Tarnowo") && e.kind() == EntityKind.PERSON),
                () -> facts.entities().toString());
        assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals("Anton Grell") && e.kind() == EntityKind.PERSON),
                () -> facts.entities().toString());
        ExtractionFixtures.assertHas(ExtractionFixtures.lines(facts), "Evacuation from Velmora | to | Tarnowo");
    }

    @Test
    void aPlaceNameWhoseWordsTheTaggerTypedApartIsOnePlace() throws IOException {
        // "Madison" CITY + "County" LOCATION, "Washington" STATE_OR_PROVINCE + "County" LOCATION, "Fort" LOCATION +
        // "Warren" CITY: one compound name each
        DocumentFacts facts = ExtractionFixtures.extract("entity-places");
        List<String> places = facts.entities().stream().filter(e -> e.kind() == EntityKind.PLACE)
                .map(LocalEntity::label).toList();
        for (String place : List.of("Madison County", "Rock Island County", "Clark County", "Washington County",
                "Fort Warren")) {
            assertTrue(places.contains(place), () -> place + " in " + facts.entities());
        }
        for (String part : List.of("Madison", "County", "Rock Island", "Clark", "Washington", "Fort", "Warren")) {
            assertFalse(facts.entities().stream().anyMatch(e -> e.label().equals(part)), () -> part + " in "
                    + facts.entities());
        }
    }

    @Test
    void aSentenceOpeningWithADescriptionKnownAsANameNamesTheOrganisationBefore() throws IOException {
        DocumentFacts facts = ExtractionFixtures.extract("entity-evacuation");
        assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals("Blue Vests")
                && e.names().contains("Kessa Relief Brigade")), () -> facts.entities().toString());
    }

    @Test
    void aNamedFacilityIsAnotherNameOfItsPlace() throws IOException {
        DocumentFacts facts = ExtractionFixtures.extract("entity-evacuation");
        assertTrue(facts.entities().stream().anyMatch(e -> e.label().equals("Kessa")
                && e.names().contains("Kessa cement plant")), () -> facts.entities().toString());
    }

    @Test
    void itInAClauseReportedByAnotherVerbIsThatVerbsSubject() {
        assertSpeaker(evacuation, "a rescue without precedent", "Jordan");
    }

    @Test
    void aStateNameOfSeveralWordsIsReadWhole() {
        // the tagger leaves "South" out of "South Sudan", which would give the vote to another state
        assertHas(multiwordStates, "South Sudan | votedAgainst | Resolution drafted by Norway");
        assertLacks(multiwordStates, "\nSudan | votedAgainst");
        assertFalse(multiwordStates.stream().anyMatch(f -> f.startsWith("Sudan | ")), () -> String.join("\n", multiwordStates));
        // untagged or typed as miscellaneous
        assertHas(multiwordStates, "Holy See | votedAgainst | Resolution drafted by Norway");
        assertHas(multiwordStates, "Saint Lucia | abstainedOn | Resolution drafted by Norway");
        assertHas(multiwordStates, "Trinidad and Tobago | abstainedOn | Resolution drafted by Norway");
    }

    @Test
    void aSingleWordBeforeAndBelongsToTheOrganisationsName() {
        assertHas(andNames, "Justice and Progress Party | votedAgainst | Resolution");
        assertFalse(andNames.stream().anyMatch(f -> f.startsWith("Justice | ") || f.startsWith("Progress Party | ")),
                () -> String.join("\n", andNames));
    }

    @Test
    void theWordsAfterAndCloseANameWithAnOfComplement() {
        assertHas(andNames, "Marco Lindell | represents | Ostrovian Institute of Volcanology and Seismology");
        assertHas(andNames, "Ines Marlow | represents | Department of Health and Human Services");
    }

    @Test
    void itsOfficeAfterTheClauseServesTheBodyTheClauseNamed() {
        assertHas(andNames, "Dara Fenwick | represents | Welfare and Renewal Movement");
        assertLacks(andNames, "Dara Fenwick | represents | Union for Peace and Democracy");
    }

    private static void assertHas(List<String> facts, String expected) {
        assertTrue(facts.stream().anyMatch(f -> f.startsWith(expected)), () -> expected + " not in\n" + String.join("\n", facts));
    }

    private static void assertSpeaker(List<String> facts, String quoteStart, String speaker) {
        assertTrue(facts.stream().anyMatch(f -> f.startsWith(quoteStart) && f.endsWith("| speaker | " + speaker)),
                () -> "\"" + quoteStart + "\" not said by " + speaker + " in\n" + String.join("\n", facts));
    }

    private static void assertLacks(List<String> facts, String unexpected) {
        assertFalse(facts.stream().anyMatch(f -> (f + "\n").contains(unexpected)),
                () -> unexpected + " in\n" + String.join("\n", facts));
    }
}
