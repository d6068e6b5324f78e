-- The coverage report's daily roll-up (issue 9). Written for both MariaDB 10.11 and H2 (MODE=MariaDB).
-- A closed day in Thailand is rolled up once every booking that starts in it is in a final status (completed,
-- cancelled, unfilled, no-show): nothing more happens to those, so its figures can no longer change. Days not rolled
-- up (today, the coming days, a day that still has a booking under way) are counted from the bookings at each request.
-- Bookings written into a closed day outside the application need that day's row of coverage_rolled_day removed.
CREATE TABLE coverage_rolled_day (
    on_day     DATE         NOT NULL,
    rolled_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_coverage_rolled_day PRIMARY KEY (on_day)
);

-- Bookings of a rolled-up day by language, mode and province ('' when none), by outcome.
CREATE TABLE coverage_day (
    on_day           DATE        NOT NULL,
    person_language  VARCHAR(3)  NOT NULL,
    booking_mode     VARCHAR(16) NOT NULL,
    province         VARCHAR(32) NOT NULL,
    requested        INT         NOT NULL,
    filled           INT         NOT NULL,
    unfilled         INT         NOT NULL,
    cancelled        INT         NOT NULL,
    pending          INT         NOT NULL,
    CONSTRAINT pk_coverage_day PRIMARY KEY (on_day, person_language, booking_mode, province)
);

-- Seconds from booking to assignment of a rolled-up day's filled bookings, per language (scope 'L') and per province
-- for on-site work (scope 'P'), in the fixed buckets of FillHistogram, with each bucket's smallest and largest value.
CREATE TABLE coverage_day_fill (
    on_day       DATE        NOT NULL,
    scope        CHAR(1)     NOT NULL,
    scope_key    VARCHAR(32) NOT NULL,
    bucket       SMALLINT    NOT NULL,
    filled       INT         NOT NULL,
    min_seconds  BIGINT      NOT NULL,
    max_seconds  BIGINT      NOT NULL,
    CONSTRAINT pk_coverage_day_fill PRIMARY KEY (on_day, scope, scope_key, bucket)
);

-- The pool's figures per language ('L'), province ('P') and in total ('T', key 'all'), as of one day, kept until
-- the pool changes: every change of an interpreter's profile or status adds one to coverage_pool_state.generation
-- in its own transaction, and the figures count only while computed_generation equals it. Whoever changes
-- interpreter, interpreter_language or interpreter_province outside the application adds one too.
CREATE TABLE coverage_pool (
    scope         CHAR(1)     NOT NULL,
    scope_key     VARCHAR(32) NOT NULL,
    active        INT         NOT NULL,
    ending_soon   INT         NOT NULL,
    CONSTRAINT pk_coverage_pool PRIMARY KEY (scope, scope_key)
);
CREATE TABLE coverage_pool_state (
    id                   INT     NOT NULL,
    generation           BIGINT  NOT NULL,
    computed_generation  BIGINT  NULL,
    as_of                DATE    NULL,
    horizon_days         INT     NULL,
    CONSTRAINT pk_coverage_pool_state PRIMARY KEY (id)
);
INSERT INTO coverage_pool_state (id, generation) VALUES (1, 0);
