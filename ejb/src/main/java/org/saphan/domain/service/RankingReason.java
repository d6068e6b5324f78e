package org.saphan.domain.service;

import java.util.Map;
import org.saphan.domain.model.shared.LanguageCode;

/**
 * One factor of a candidate's score, as data: a code, the numbers behind it and the points it earned, so that a page
 * can say it in its reader's language; {@link #text()} says it in English, as the candidates answer always has.
 *
 * @param code what counted, one of the constants here
 * @param params the numbers and names behind it: {@code language} (a language code), {@code minutes} (worked in the
 *            last 14 days), {@code seconds} (median answer time), {@code province} (its English name)
 * @param points what it added to the score
 */
public record RankingReason(String code, Map<String, Object> params, int points) {

    public static final String CONTINUITY = "CONTINUITY";
    public static final String NATIVE = "NATIVE";
    public static final String FLUENT = "FLUENT";
    public static final String WORKING = "WORKING";
    public static final String CERTIFIED = "CERTIFIED";
    public static final String FAIRNESS = "FAIRNESS";
    public static final String SAME_PROVINCE = "SAME_PROVINCE";
    public static final String ANSWER_SPEED = "ANSWER_SPEED";
    public static final String ANSWER_SPEED_UNKNOWN = "ANSWER_SPEED_UNKNOWN";
    public static final String PREFERRED_GENDER = "PREFERRED_GENDER";

    public RankingReason {
        params = Map.copyOf(params);
    }

    /** The reason in English, with its points. */
    public String text() {
        String languageName = params.containsKey("language")
                ? LanguageCode.of((String) params.get("language")).englishName()
                : "";
        String said = switch (code) {
            case CONTINUITY -> "Interpreted for this case before";
            case NATIVE -> "Native in " + languageName;
            case FLUENT -> "Fluent in " + languageName;
            case WORKING -> "Working level in " + languageName;
            case CERTIFIED -> "Certified in " + languageName;
            case FAIRNESS -> "Worked " + hours((Integer) params.get("minutes")) + " in the last 14 days";
            case SAME_PROVINCE -> "Serves " + params.get("province");
            case ANSWER_SPEED -> "Answers offers in about " + answerTime((Integer) params.get("seconds"));
            case ANSWER_SPEED_UNKNOWN -> "No answers to offers yet";
            case PREFERRED_GENDER -> "The preferred gender";
            default -> throw new IllegalStateException("no text for the reason " + code);
        };
        return said + " (+" + points + ")";
    }

    private static String hours(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    private static String answerTime(int seconds) {
        return seconds < 90 ? seconds + " s" : Math.round(seconds / 60.0) + " min";
    }
}
