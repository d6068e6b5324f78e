package org.saphan.application.interpreter;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.saphan.domain.model.interpreter.Absence;
import org.saphan.domain.model.interpreter.ConfidentialityAgreement;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.Training;
import org.saphan.domain.model.interpreter.Vetting;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;

/**
 * One interpreter's profile, status and availability, in the same shape the profile and availability are sent in,
 * so that a client can read, change and send back. Lists are in a stable order; a field without a value is null,
 * never left out. {@code statusReason} is for coordinators: the interpreter reading its own profile gets null.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "username", "name", "gender", "languages", "specialisations", "provinces", "remote",
        "vetting", "conflicts", "status", "statusReason", "statusChangedAt", "onCall", "availability"})
public record InterpreterView(long id, String username, String name, String gender, List<LanguageView> languages,
        List<String> specialisations, List<String> provinces, boolean remote, VettingView vetting,
        List<ConflictView> conflicts, String status, String statusReason, Instant statusChangedAt, boolean onCall,
        AvailabilityView availability) {

    @JsonbPropertyOrder({"code", "level", "certified"})
    public record LanguageView(String code, String level, boolean certified) {
    }

    /** {@code validUntil} is the last day matching accepts it (null: never valid); {@code validToday} in Bangkok. */
    @JsonbNillable
    @JsonbPropertyOrder({"backgroundCheckValidUntil", "confidentialityAgreement", "trainings", "validUntil",
            "validToday"})
    public record VettingView(LocalDate backgroundCheckValidUntil, AgreementView confidentialityAgreement,
            List<String> trainings, LocalDate validUntil, boolean validToday) {
    }

    @JsonbPropertyOrder({"signedOn", "version"})
    public record AgreementView(LocalDate signedOn, String version) {
    }

    @JsonbPropertyOrder({"kind", "value"})
    public record ConflictView(String kind, String value) {
    }

    @JsonbPropertyOrder({"weekly", "absences"})
    public record AvailabilityView(List<WeeklyView> weekly, List<AbsenceView> absences) {
    }

    /** Local times in Asia/Bangkok as HH:mm; a window to the end of the day ends at {@code 24:00}. */
    @JsonbPropertyOrder({"day", "from", "to"})
    public record WeeklyView(String day, String from, String to) {
    }

    @JsonbPropertyOrder({"from", "to"})
    public record AbsenceView(Instant from, Instant to) {
    }

    /** Everything, for a coordinator. {@code today} is the date in Bangkok, for {@code vetting.validToday}. */
    public static InterpreterView forCoordinator(Interpreter interpreter, LocalDate today) {
        return of(interpreter, today, true);
    }

    /** For the interpreter itself: its own profile, without the coordinators' note on its status. */
    public static InterpreterView forSelf(Interpreter interpreter, LocalDate today) {
        return of(interpreter, today, false);
    }

    private static InterpreterView of(Interpreter interpreter, LocalDate today, boolean withStatusReason) {
        return new InterpreterView(interpreter.id().value(),
                interpreter.username().orElse(null),
                interpreter.name(),
                interpreter.gender().name(),
                interpreter.languages().stream()
                        .map(skill -> new LanguageView(skill.language().code(), skill.level().name(),
                                skill.certified()))
                        .toList(),
                interpreter.specialisations().stream().sorted().map(Specialisation::name).toList(),
                interpreter.provinces().stream().map(Province::englishName).sorted().toList(),
                interpreter.worksRemotely(),
                vetting(interpreter.vetting(), today),
                interpreter.conflicts().stream()
                        .sorted(Comparator.comparing(Party::kind).thenComparing(Party::matchKey))
                        .map(party -> new ConflictView(party.kind().name(), party.name()))
                        .toList(),
                interpreter.status().name(),
                withStatusReason ? interpreter.statusReason().orElse(null) : null,
                interpreter.statusChangedAt(),
                interpreter.isOnCall(),
                new AvailabilityView(
                        interpreter.weeklyWindows().stream()
                                .sorted(Comparator.comparingInt(WeeklyWindow::fromMinuteOfWeek)
                                        .thenComparingInt(WeeklyWindow::untilMinuteOfWeek))
                                .map(window -> new WeeklyView(window.day().name(), hhmm(window.from(), false),
                                        hhmm(window.to(), true)))
                                .toList(),
                        interpreter.absences().stream()
                                .sorted(Comparator.comparing(Absence::from).thenComparing(Absence::until))
                                .map(absence -> new AbsenceView(absence.from(), absence.until()))
                                .toList()));
    }

    private static VettingView vetting(Vetting vetting, LocalDate today) {
        ConfidentialityAgreement agreement = vetting.confidentialityAgreement();
        return new VettingView(vetting.backgroundCheckValidUntil(),
                agreement == null ? null : new AgreementView(agreement.signedOn(), agreement.version()),
                vetting.trainings().stream().sorted().map(Training::name).toList(),
                vetting.validUntil().orElse(null),
                vetting.validOn(today));
    }

    private static String hhmm(LocalTime time, boolean end) {
        if (end && time.equals(LocalTime.MIDNIGHT)) {
            return "24:00"; // the domain's end-of-day midnight; "00:00" would read as the start of the day
        }
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
