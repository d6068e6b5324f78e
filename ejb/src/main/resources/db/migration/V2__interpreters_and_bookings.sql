-- The interpreter pool, bookings, offers, assignments and case exclusions (issue 3).
-- Written for both MariaDB 10.11 and H2 (MODE=MariaDB): plain types, named constraints, one change per statement.
-- Instants are TIMESTAMP(3) in UTC; Asia/Bangkok local times of weekly windows are minutes of the day, so that no
-- time zone setting can shift them.

-- The interpreter's profile beyond V1: remote work, on-call switch, vetting, why its status last changed.
ALTER TABLE interpreter ADD COLUMN remote BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interpreter ADD COLUMN on_call BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interpreter ADD COLUMN background_check_valid_until DATE NULL;
ALTER TABLE interpreter ADD COLUMN agreement_signed_on DATE NULL;
ALTER TABLE interpreter ADD COLUMN agreement_version VARCHAR(32) NULL;
ALTER TABLE interpreter ADD COLUMN status_reason VARCHAR(500) NULL;
ALTER TABLE interpreter ADD COLUMN status_changed_at TIMESTAMP(3) NULL;

CREATE INDEX ix_interpreter_status ON interpreter (status, on_call);

-- Languages with level (WORKING, FLUENT, NATIVE) and certification; one row per language.
CREATE TABLE interpreter_language (
    interpreter_id  BIGINT      NOT NULL,
    language_code   VARCHAR(3)  NOT NULL,
    skill_level     VARCHAR(16) NOT NULL,
    certified       BOOLEAN     NOT NULL,
    CONSTRAINT pk_interpreter_language PRIMARY KEY (interpreter_id, language_code),
    CONSTRAINT fk_interpreter_language_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);
-- matching reads the pool by language
CREATE INDEX ix_interpreter_language_code ON interpreter_language (language_code, interpreter_id);

CREATE TABLE interpreter_specialisation (
    interpreter_id  BIGINT      NOT NULL,
    specialisation  VARCHAR(32) NOT NULL,
    CONSTRAINT pk_interpreter_specialisation PRIMARY KEY (interpreter_id, specialisation),
    CONSTRAINT fk_interpreter_specialisation_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);

-- Provinces served on site, by enum constant name (TAK, PHANG_NGA, ...).
CREATE TABLE interpreter_province (
    interpreter_id  BIGINT      NOT NULL,
    province        VARCHAR(32) NOT NULL,
    CONSTRAINT pk_interpreter_province PRIMARY KEY (interpreter_id, province),
    CONSTRAINT fk_interpreter_province_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);
CREATE INDEX ix_interpreter_province_province ON interpreter_province (province, interpreter_id);

CREATE TABLE interpreter_training (
    interpreter_id  BIGINT      NOT NULL,
    training        VARCHAR(32) NOT NULL,
    CONSTRAINT pk_interpreter_training PRIMARY KEY (interpreter_id, training),
    CONSTRAINT fk_interpreter_training_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);

-- Communities, organisations or people the interpreter must never be assigned with.
CREATE TABLE interpreter_conflict (
    interpreter_id  BIGINT       NOT NULL,
    party_kind      VARCHAR(16)  NOT NULL,
    party_name      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_interpreter_conflict PRIMARY KEY (interpreter_id, party_kind, party_name),
    CONSTRAINT fk_interpreter_conflict_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);

-- Weekly availability in Asia/Bangkok local time: minutes of the day, until_minute exclusive (1440 = midnight).
CREATE TABLE interpreter_weekly_window (
    interpreter_id  BIGINT     NOT NULL,
    day_of_week     VARCHAR(9) NOT NULL,
    from_minute     INT        NOT NULL,
    until_minute    INT        NOT NULL,
    CONSTRAINT pk_interpreter_weekly_window PRIMARY KEY (interpreter_id, day_of_week, from_minute, until_minute),
    CONSTRAINT fk_interpreter_weekly_window_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id),
    CONSTRAINT ck_interpreter_weekly_window_minutes CHECK (from_minute >= 0 AND until_minute <= 1440
        AND from_minute < until_minute)
);

-- Dated absences, as UTC instants.
CREATE TABLE interpreter_absence (
    interpreter_id  BIGINT       NOT NULL,
    starts_at       TIMESTAMP(3) NOT NULL,
    ends_at         TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_interpreter_absence PRIMARY KEY (interpreter_id, starts_at, ends_at),
    CONSTRAINT fk_interpreter_absence_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);

-- Booking references SPH-YYYY-NNNNNN take their number from here: concurrency-safe, never reused.
CREATE SEQUENCE booking_reference_seq START WITH 1 INCREMENT BY 1;

-- An interpreter request. The case code is the agency's pseudonym for the person, never a name.
CREATE TABLE booking (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    reference                   VARCHAR(18)  NOT NULL,
    requester_agency            VARCHAR(64)  NOT NULL,
    requester_subject           VARCHAR(128) NOT NULL,
    requester_contact           VARCHAR(200) NULL,
    purpose                     VARCHAR(32)  NOT NULL,
    booking_mode                VARCHAR(16)  NOT NULL,
    urgency                     VARCHAR(16)  NOT NULL,
    starts_at                   TIMESTAMP(3) NOT NULL,
    duration_minutes            INT          NOT NULL,
    person_language             VARCHAR(3)   NOT NULL,
    other_language              VARCHAR(3)   NOT NULL,
    province                    VARCHAR(32)  NULL,
    place                       VARCHAR(200) NULL,
    interpreter_gender          VARCHAR(16)  NULL,
    interpreter_gender_required BOOLEAN      NOT NULL DEFAULT FALSE,
    specialisation              VARCHAR(32)  NULL,
    person_is_minor             BOOLEAN      NOT NULL DEFAULT FALSE,
    case_code                   VARCHAR(32)  NOT NULL,
    note_for_interpreter        VARCHAR(500) NULL,
    status                      VARCHAR(16)  NOT NULL,
    status_reason               VARCHAR(500) NULL,
    status_changed_at           TIMESTAMP(3) NOT NULL,
    current_wave                INT          NOT NULL DEFAULT 0,
    interpreter_id              BIGINT       NULL,
    created_at                  TIMESTAMP(3) NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_booking PRIMARY KEY (id),
    CONSTRAINT uq_booking_reference UNIQUE (reference),
    CONSTRAINT fk_booking_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id),
    CONSTRAINT ck_booking_duration CHECK (duration_minutes > 0)
);
-- requesters list their agency's bookings by time; the scheduler looks for open ones by status and time
CREATE INDEX ix_booking_agency_start ON booking (requester_agency, starts_at);
CREATE INDEX ix_booking_status_start ON booking (status, starts_at);
CREATE INDEX ix_booking_interpreter_start ON booking (interpreter_id, starts_at);
CREATE INDEX ix_booking_case_code ON booking (case_code);

-- Communities, organisations or people involved in a booking, checked against interpreters' conflicts.
CREATE TABLE booking_party (
    booking_id  BIGINT       NOT NULL,
    party_kind  VARCHAR(16)  NOT NULL,
    party_name  VARCHAR(200) NOT NULL,
    CONSTRAINT pk_booking_party PRIMARY KEY (booking_id, party_kind, party_name),
    CONSTRAINT fk_booking_party_booking FOREIGN KEY (booking_id) REFERENCES booking (id)
);

-- A booking offered to one interpreter, in a wave; at most one offer per booking and interpreter.
CREATE TABLE offer (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    booking_reference  VARCHAR(18)  NOT NULL,
    interpreter_id     BIGINT       NOT NULL,
    wave               INT          NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    created_at         TIMESTAMP(3) NOT NULL,
    expires_at         TIMESTAMP(3) NOT NULL,
    answered_at        TIMESTAMP(3) NULL,
    decline_reason     VARCHAR(500) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_offer PRIMARY KEY (id),
    CONSTRAINT uq_offer_booking_interpreter UNIQUE (booking_reference, interpreter_id),
    CONSTRAINT fk_offer_booking FOREIGN KEY (booking_reference) REFERENCES booking (reference),
    CONSTRAINT fk_offer_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);
CREATE INDEX ix_offer_interpreter_status ON offer (interpreter_id, status);
CREATE INDEX ix_offer_status_expires ON offer (status, expires_at);

-- The one interpreter a booking got. "First accept wins" is this table's unique booking_reference: of many
-- simultaneous accepts, on one server or several, exactly one insert succeeds. Released, never deleted, on
-- cancellation: past rows feed continuity on a case and fairness over 14 days.
CREATE TABLE assignment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    booking_reference  VARCHAR(18)  NOT NULL,
    interpreter_id     BIGINT       NOT NULL,
    starts_at          TIMESTAMP(3) NOT NULL,
    ends_at            TIMESTAMP(3) NOT NULL,
    booking_mode       VARCHAR(16)  NOT NULL,
    province           VARCHAR(32)  NULL,
    case_code          VARCHAR(32)  NOT NULL,
    offer_id           BIGINT       NULL,
    assigned_by        VARCHAR(128) NOT NULL,
    reason             VARCHAR(500) NULL,
    override_used      BOOLEAN      NOT NULL DEFAULT FALSE,
    assigned_at        TIMESTAMP(3) NOT NULL,
    released_at        TIMESTAMP(3) NULL,
    CONSTRAINT pk_assignment PRIMARY KEY (id),
    CONSTRAINT uq_assignment_booking UNIQUE (booking_reference),
    CONSTRAINT fk_assignment_booking FOREIGN KEY (booking_reference) REFERENCES booking (reference),
    CONSTRAINT fk_assignment_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id),
    CONSTRAINT fk_assignment_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT ck_assignment_window CHECK (starts_at < ends_at)
);
-- an interpreter's calendar (overlap, hours in 14 days) and who served a case (continuity)
CREATE INDEX ix_assignment_interpreter_start ON assignment (interpreter_id, starts_at);
CREATE INDEX ix_assignment_case_interpreter ON assignment (case_code, interpreter_id);

-- Never assign this interpreter to this case.
CREATE TABLE case_exclusion (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    case_code       VARCHAR(32)  NOT NULL,
    interpreter_id  BIGINT       NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    excluded_by     VARCHAR(128) NOT NULL,
    agency          VARCHAR(64)  NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_case_exclusion PRIMARY KEY (id),
    CONSTRAINT uq_case_exclusion_case_interpreter UNIQUE (case_code, interpreter_id),
    CONSTRAINT fk_case_exclusion_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);
