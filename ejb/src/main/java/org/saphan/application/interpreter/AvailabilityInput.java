package org.saphan.application.interpreter;

import static org.saphan.application.interpreter.Inputs.at;
import static org.saphan.application.interpreter.Inputs.element;
import static org.saphan.application.interpreter.Inputs.enumValue;
import static org.saphan.application.interpreter.Inputs.instant;
import static org.saphan.application.interpreter.Inputs.time;
import static org.saphan.application.interpreter.Inputs.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.saphan.domain.model.interpreter.Absence;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.shared.ValidationException;

/**
 * An interpreter's whole availability, replacing what it had: weekly windows in Asia/Bangkok local time
 * ({@code {"day":"MONDAY","from":"08:00","to":"17:00"}}, {@code "to":"24:00"} for the end of the day) and dated
 * absences as instants ({@code {"from":"2026-12-01T02:00:00Z","to":"..."}}). Both lists must be there, empty for
 * none, so that a client sending only one never wipes the other by accident.
 */
public record AvailabilityInput(List<WeeklyInput> weekly, List<AbsenceInput> absences) {

    public record WeeklyInput(String day, String from, String to) {
    }

    public record AbsenceInput(String from, String to) {
    }

    public List<WeeklyWindow> toWeeklyWindows() {
        List<WeeklyInput> list = required(weekly, "weekly", "the weekly windows", Interpreter.MAX_WEEKLY_WINDOWS);
        List<WeeklyWindow> windows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            WeeklyInput given = element(list, i, "weekly");
            String field = at("weekly", i);
            DayOfWeek day = enumValue(DayOfWeek.class, given.day(), field + ".day", "day");
            String on = " on " + day;
            LocalTime from = time(given.from(), field + ".from", "The start of the window" + on, false);
            LocalTime to = time(given.to(), field + ".to", "The end of the window" + on, true);
            windows.add(within(field, () -> new WeeklyWindow(day, from, to)));
        }
        return windows;
    }

    public List<Absence> toAbsences() {
        List<AbsenceInput> list = required(absences, "absences", "the absences", Interpreter.MAX_ABSENCES);
        List<Absence> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            AbsenceInput given = element(list, i, "absences");
            String field = at("absences", i);
            Instant from = instant(given.from(), field + ".from", "The start of the absence");
            Instant to = instant(given.to(), field + ".to", "The end of the absence");
            result.add(within(field, () -> new Absence(from, to)));
        }
        return result;
    }

    private static <T> List<T> required(List<T> values, String field, String what, int max) {
        if (values == null) {
            throw new ValidationException(field, "The list of " + what + " is missing: availability is replaced "
                    + "whole, so send it, [] for none.");
        }
        if (values.size() > max) {
            // the aggregate says the same; refused here before parsing thousands of entries
            throw new ValidationException(field, "At most " + max + " entries in " + field + ", not " + values.size()
                    + ".");
        }
        return values;
    }
}
