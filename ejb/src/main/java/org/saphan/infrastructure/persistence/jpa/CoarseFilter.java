package org.saphan.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Province;

/**
 * The ids of the interpreters who could qualify for a booking, as one SQL statement the database answers from its
 * indexes: active, speaking both of the booking's languages, vetted on the booking's day (a background check valid
 * then and a signed agreement, as {@code Vetting#validUntil}), and working remotely or serving the booking's province
 * on site. These are the matcher's rules INACTIVE, LANGUAGE, VETTING, NOT_REMOTE and PROVINCE; whoever breaks one of
 * them can never qualify, so leaving them out changes neither who qualifies nor their order (by id, as the whole pool
 * was read). The matcher still checks every rule, these included: the filter only has to keep everyone who could pass.
 *
 * @param where the conditions on {@code interpreter i}, with positional parameters
 * @param parameters the values of its parameters, in order
 */
public record CoarseFilter(String where, List<Object> parameters) {

    /** The rows of the interpreters who pass, by id. */
    public String rowsSql() {
        return "SELECT i.* FROM interpreter i WHERE " + where + " ORDER BY i.id";
    }

    /** Only their ids, by id. */
    public String idsSql() {
        return "SELECT i.id FROM interpreter i WHERE " + where + " ORDER BY i.id";
    }

    /**
     * Those who could get an offer now: for an immediate booking only those on call can (the rule NOT_ON_CALL), so the
     * filter asks that too.
     */
    public static CoarseFilter forOffers(Booking booking) {
        CoarseFilter filter = of(booking);
        return booking.urgency() == Urgency.IMMEDIATE
                ? new CoarseFilter(filter.where() + " AND i.on_call = TRUE", filter.parameters())
                : filter;
    }

    /** Those who could qualify, on call or not. */
    public static CoarseFilter of(Booking booking) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("i.status = 'ACTIVE' AND i.agreement_signed_on IS NOT NULL "
                + "AND i.background_check_valid_until >= ?");
        parameters.add(booking.window().bangkokDate());
        for (LanguageCode language : List.of(booking.languages().personLanguage(),
                booking.languages().otherLanguage())) {
            sql.append(" AND EXISTS (SELECT 1 FROM interpreter_language l WHERE l.interpreter_id = i.id "
                    + "AND l.language_code = ?)");
            parameters.add(language.code());
        }
        Optional<Province> province = booking.province();
        if (booking.mode() != Mode.ON_SITE) {
            sql.append(" AND i.remote = TRUE");
        } else if (province.isPresent()) {
            sql.append(" AND EXISTS (SELECT 1 FROM interpreter_province p WHERE p.interpreter_id = i.id "
                    + "AND p.province = ?)");
            parameters.add(province.get().name());
        }
        return new CoarseFilter(sql.toString(), List.copyOf(parameters));
    }
}
