package org.newsgraph.ingest.web;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Tells the language of an article with the optimaize language detector (71 languages, n-gram profiles). Only a
 * confident answer counts: a text the detector is unsure of is taken for English, since wrongly dropping an English
 * article loses facts while wrongly keeping a foreign one only costs an annotation that finds little. Measured on
 * short news texts (docs/web-input.md): no English text called foreign, 36 of 40 one-sentence foreign texts
 * recognised, the other 4 unsure.
 */
public final class Languages {

    /** ISO 639-1 code of English, the one language the extraction rules are written for. */
    public static final String ENGLISH = "en";

    private static final int SAMPLE_CHARS = 2000;

    private Languages() {
    }

    /** Holds the loaded profiles; loading all of them takes seconds, so it happens once, on first use. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = load();
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

        private static LanguageDetector load() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("language profiles missing from the class path", e);
            }
        }
    }

    /** The ISO 639-1 code of the text's language when the detector is confident, else {@link #ENGLISH}. */
    public static String of(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<LdLocale> found = Detector.INSTANCE.detect(Detector.TEXTS.forText(sample));
        return found.isPresent() ? found.get().getLanguage() : ENGLISH;
    }
}
