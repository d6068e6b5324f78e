package org.saphan.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How qualified candidates are ordered: points per factor, summed; more is better. The weights say what matters
 * most to the people served:
 * <ol>
 * <li>{@link #CONTINUITY}: the interpreter who already served the case, because a victim should not have to retell
 * the story to a stranger each time. It is worth more than certification, fairness, province, speed and a preferred
 * gender together (58), so a returning interpreter is passed over only by a clearly better speaker who also wins on
 * most of the rest.</li>
 * <li>Level and certification in the person's language ({@link #NATIVE}, {@link #FLUENT}, {@link #WORKING},
 * {@link #CERTIFIED}): accuracy in interviews that decide whether someone is identified as a victim.</li>
 * <li>Fairness ({@link #FAIRNESS_MAX}): fewer hours in the last 14 days score more, falling to nothing at
 * {@link #FAIRNESS_SATURATION_MINUTES}, so that work is spread and nobody burns out.</li>
 * <li>{@link #SAME_PROVINCE}: serves the booking's province, so less travel, and local knowledge for remote
 * work.</li>
 * <li>Answer speed ({@link #ANSWER_SPEED_MAX}): a fast answerer fills the booking sooner; unknown counts as
 * middling.</li>
 * <li>{@link #PREFERRED_GENDER}: the booking prefers (without requiring) the interpreter's gender.</li>
 * </ol>
 * Ties keep the order in which the candidates were given.
 */
public final class Ranking {

    public static final int CONTINUITY = 60;
    public static final int NATIVE = 20;
    public static final int FLUENT = 12;
    public static final int WORKING = 4;
    public static final int CERTIFIED = 10;
    public static final int FAIRNESS_MAX = 20;
    public static final int FAIRNESS_SATURATION_MINUTES = 40 * 60;
    public static final int SAME_PROVINCE = 10;
    public static final int ANSWER_SPEED_MAX = 10;
    /** Answering in this many seconds or more earns no speed points. */
    public static final int ANSWER_SPEED_SLOW_SECONDS = 600;
    public static final int ANSWER_SPEED_UNKNOWN = ANSWER_SPEED_MAX / 2;
    public static final int PREFERRED_GENDER = 8;

    private static final int[] LEVEL_POINTS = {WORKING, FLUENT, NATIVE};

    private Ranking() {
    }

    /** The score of a candidate that passed every hard rule. */
    static int score(MatchNeeds needs, CandidateSnapshot c) {
        int score = c.servedCase ? CONTINUITY : 0;
        score += levelPoints(needs, c);
        score += certifiedPoints(needs, c);
        score += fairnessPoints(c.minutesWorkedLast14Days);
        score += provincePoints(needs, c);
        score += answerSpeedPoints(c.medianAnswerSeconds);
        score += genderPoints(needs, c);
        return score;
    }

    static int levelPoints(MatchNeeds needs, CandidateSnapshot c) {
        int level = c.levelCode(needs.personLanguage.ordinal());
        return level == 0 ? 0 : LEVEL_POINTS[level - 1];
    }

    static int certifiedPoints(MatchNeeds needs, CandidateSnapshot c) {
        return (c.certifiedMask & (1L << needs.personLanguage.ordinal())) != 0 ? CERTIFIED : 0;
    }

    static int fairnessPoints(int minutesWorked) {
        int capped = Math.min(minutesWorked, FAIRNESS_SATURATION_MINUTES);
        return FAIRNESS_MAX - (FAIRNESS_MAX * capped) / FAIRNESS_SATURATION_MINUTES;
    }

    static int provincePoints(MatchNeeds needs, CandidateSnapshot c) {
        return needs.provinceOrdinal >= 0 && c.serves(needs.provinceOrdinal) ? SAME_PROVINCE : 0;
    }

    static int answerSpeedPoints(int medianSeconds) {
        if (medianSeconds < 0) {
            return ANSWER_SPEED_UNKNOWN;
        }
        int capped = Math.min(medianSeconds, ANSWER_SPEED_SLOW_SECONDS);
        return ANSWER_SPEED_MAX - (ANSWER_SPEED_MAX * capped) / ANSWER_SPEED_SLOW_SECONDS;
    }

    static int genderPoints(MatchNeeds needs, CandidateSnapshot c) {
        return needs.gender != null && !needs.genderRequired && c.gender == needs.gender ? PREFERRED_GENDER : 0;
    }

    /** The score explained, one reason per factor that counted, and always level, fairness and answer speed. */
    static List<RankingReason> reasons(MatchNeeds needs, CandidateSnapshot c) {
        List<RankingReason> reasons = new ArrayList<>(7);
        Map<String, Object> language = Map.of("language", needs.personLanguage.code());
        if (c.servedCase) {
            reasons.add(new RankingReason(RankingReason.CONTINUITY, Map.of(), CONTINUITY));
        }
        String level = switch (c.levelIn(needs.personLanguage)) {
            case NATIVE -> RankingReason.NATIVE;
            case FLUENT -> RankingReason.FLUENT;
            case WORKING -> RankingReason.WORKING;
        };
        reasons.add(new RankingReason(level, language, levelPoints(needs, c)));
        if (certifiedPoints(needs, c) > 0) {
            reasons.add(new RankingReason(RankingReason.CERTIFIED, language, CERTIFIED));
        }
        int minutes = c.minutesWorkedLast14Days;
        reasons.add(new RankingReason(RankingReason.FAIRNESS, Map.of("minutes", minutes), fairnessPoints(minutes)));
        if (provincePoints(needs, c) > 0) {
            reasons.add(new RankingReason(RankingReason.SAME_PROVINCE,
                    Map.of("province", needs.province.englishName()), SAME_PROVINCE));
        }
        int seconds = c.medianAnswerSeconds;
        reasons.add(seconds < 0
                ? new RankingReason(RankingReason.ANSWER_SPEED_UNKNOWN, Map.of(), answerSpeedPoints(seconds))
                : new RankingReason(RankingReason.ANSWER_SPEED, Map.of("seconds", seconds),
                        answerSpeedPoints(seconds)));
        if (genderPoints(needs, c) > 0) {
            reasons.add(new RankingReason(RankingReason.PREFERRED_GENDER, Map.of(), PREFERRED_GENDER));
        }
        return List.copyOf(reasons);
    }
}
