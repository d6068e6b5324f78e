-- Demo data, part 1: the interpreter pool. Only applied where SAPHAN_DEMO_DATA=true (./saphan run): never in production.
-- Written for both MariaDB 10.11 and H2 (MODE=MariaDB). Ids are explicit so that part 2 can refer to them; both
-- databases move the AUTO_INCREMENT past them, so profiles created later get fresh ids.
--
-- 48 interpreters. Ids 1-9 are the demo Keycloak users (by username): vetted, available every day 07:00-21:00
-- Asia/Bangkok, on call for aung, thida and sokha, so that live demos find them. The rest vary on purpose, so that
-- "why not this interpreter?" has an answer for every hard rule: expired background checks (13, 19, 24, 30, 37, 42),
-- a check that runs out in January (14, 33, 45), no agreement signed yet (21), suspended (17, 27, 46), declared
-- conflicts (11, 13, 16, 23), absences, office-hours-only or weekend-only windows, no remote work.
-- Languages are stored as ISO 639-3 codes (lower case); every other enum by its constant name. Weekly windows are
-- minutes of the day in Asia/Bangkok time (until exclusive); instants are UTC.
-- The names are of adult staff interpreters, invented for the demo.


-- 1. Aung Kyaw Min (aung): mya, tha, eng; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (1, 'aung', 'Aung Kyaw Min', 'MALE', 'ACTIVE', NULL, '2025-03-10 02:00:00.000', TRUE, TRUE,
    '2027-09-30', '2026-02-01', '3', '2025-03-10 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (1, 'mya', 'NATIVE', TRUE), (1, 'tha', 'FLUENT', TRUE), (1, 'eng', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (1, 'LEGAL'), (1, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (1, 'BANGKOK'), (1, 'SAMUT_SAKHON'), (1, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (1, 'VICTIM_CENTRED'), (1, 'GENDER'), (1, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (1, 'MONDAY', 420, 1260), (1, 'TUESDAY', 420, 1260), (1, 'WEDNESDAY', 420, 1260), (1, 'THURSDAY', 420, 1260),
    (1, 'FRIDAY', 420, 1260), (1, 'SATURDAY', 420, 1260), (1, 'SUNDAY', 420, 1260);

-- 2. Thida Aye (thida): mya, tha; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (2, 'thida', 'Thida Aye', 'FEMALE', 'ACTIVE', NULL, '2025-03-10 02:00:00.000', TRUE, TRUE,
    '2027-08-31', '2026-01-20', '3', '2025-03-10 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (2, 'mya', 'NATIVE', TRUE), (2, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (2, 'CHILDREN'), (2, 'PSYCHOSOCIAL'), (2, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (2, 'BANGKOK'), (2, 'SAMUT_SAKHON'), (2, 'RANONG'), (2, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (2, 'VICTIM_CENTRED'), (2, 'GENDER'), (2, 'TRAUMA_INFORMED'), (2, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (2, 'MONDAY', 420, 1260), (2, 'TUESDAY', 420, 1260), (2, 'WEDNESDAY', 420, 1260), (2, 'THURSDAY', 420, 1260),
    (2, 'FRIDAY', 420, 1260), (2, 'SATURDAY', 420, 1260), (2, 'SUNDAY', 420, 1260);

-- 3. Sokha Chan (sokha): khm, tha, eng; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (3, 'sokha', 'Sokha Chan', 'FEMALE', 'ACTIVE', NULL, '2025-04-02 02:00:00.000', TRUE, TRUE,
    '2027-10-31', '2026-01-20', '3', '2025-04-02 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (3, 'khm', 'NATIVE', TRUE), (3, 'tha', 'FLUENT', TRUE), (3, 'eng', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (3, 'CHILDREN'), (3, 'PSYCHOSOCIAL'), (3, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (3, 'BANGKOK'), (3, 'SA_KAEO'), (3, 'TRAT');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (3, 'VICTIM_CENTRED'), (3, 'GENDER'), (3, 'TRAUMA_INFORMED'), (3, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (3, 'MONDAY', 420, 1260), (3, 'TUESDAY', 420, 1260), (3, 'WEDNESDAY', 420, 1260), (3, 'THURSDAY', 420, 1260),
    (3, 'FRIDAY', 420, 1260), (3, 'SATURDAY', 420, 1260), (3, 'SUNDAY', 420, 1260);

-- 4. Vilay Phommachanh (vilay): lao, tha; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (4, 'vilay', 'Vilay Phommachanh', 'MALE', 'ACTIVE', NULL, '2025-05-19 02:00:00.000', TRUE, FALSE,
    '2027-06-30', '2026-02-14', '3', '2025-05-19 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (4, 'lao', 'NATIVE', TRUE), (4, 'tha', 'NATIVE', TRUE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (4, 'LEGAL'), (4, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (4, 'BANGKOK'), (4, 'CHIANG_RAI');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (4, 'VICTIM_CENTRED'), (4, 'GENDER'), (4, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (4, 'MONDAY', 420, 1260), (4, 'TUESDAY', 420, 1260), (4, 'WEDNESDAY', 420, 1260), (4, 'THURSDAY', 420, 1260),
    (4, 'FRIDAY', 420, 1260), (4, 'SATURDAY', 420, 1260), (4, 'SUNDAY', 420, 1260);

-- 5. Linh Nguyen (linh): vie, tha, eng; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (5, 'linh', 'Linh Nguyen', 'FEMALE', 'ACTIVE', NULL, '2025-05-19 02:00:00.000', TRUE, FALSE,
    '2027-07-31', '2026-03-03', '3', '2025-05-19 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (5, 'vie', 'NATIVE', TRUE), (5, 'tha', 'FLUENT', FALSE), (5, 'eng', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (5, 'MEDICAL'), (5, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (5, 'BANGKOK'), (5, 'SAMUT_SAKHON');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (5, 'VICTIM_CENTRED'), (5, 'GENDER'), (5, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (5, 'MONDAY', 420, 1260), (5, 'TUESDAY', 420, 1260), (5, 'WEDNESDAY', 420, 1260), (5, 'THURSDAY', 420, 1260),
    (5, 'FRIDAY', 420, 1260), (5, 'SATURDAY', 420, 1260), (5, 'SUNDAY', 420, 1260);

-- 6. Nang Hseng Kham (nang): shn, mya, tha; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (6, 'nang', 'Nang Hseng Kham', 'FEMALE', 'ACTIVE', NULL, '2025-06-30 02:00:00.000', TRUE, FALSE,
    '2027-05-31', '2026-01-08', '3', '2025-06-30 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (6, 'shn', 'NATIVE', FALSE), (6, 'mya', 'FLUENT', FALSE), (6, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (6, 'CHILDREN'), (6, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (6, 'CHIANG_RAI'), (6, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (6, 'VICTIM_CENTRED'), (6, 'GENDER'), (6, 'TRAUMA_INFORMED'), (6, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (6, 'MONDAY', 420, 1260), (6, 'TUESDAY', 420, 1260), (6, 'WEDNESDAY', 420, 1260), (6, 'THURSDAY', 420, 1260),
    (6, 'FRIDAY', 420, 1260), (6, 'SATURDAY', 420, 1260), (6, 'SUNDAY', 420, 1260);

-- 7. Saw Htoo Say (saw): ksw, mya, tha; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (7, 'saw', 'Saw Htoo Say', 'MALE', 'ACTIVE', NULL, '2025-06-30 02:00:00.000', TRUE, FALSE,
    '2027-04-30', '2026-01-08', '3', '2025-06-30 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (7, 'ksw', 'NATIVE', TRUE), (7, 'mya', 'FLUENT', FALSE), (7, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (7, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (7, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (7, 'VICTIM_CENTRED'), (7, 'GENDER'), (7, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (7, 'MONDAY', 420, 1260), (7, 'TUESDAY', 420, 1260), (7, 'WEDNESDAY', 420, 1260), (7, 'THURSDAY', 420, 1260),
    (7, 'FRIDAY', 420, 1260), (7, 'SATURDAY', 420, 1260), (7, 'SUNDAY', 420, 1260);

-- 8. Mi Sandar Win (mi): mnw, mya, tha; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (8, 'mi', 'Mi Sandar Win', 'FEMALE', 'ACTIVE', NULL, '2025-07-14 02:00:00.000', TRUE, FALSE,
    '2027-06-30', '2026-02-20', '3', '2025-07-14 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (8, 'mnw', 'NATIVE', TRUE), (8, 'mya', 'FLUENT', FALSE), (8, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (8, 'MEDICAL'), (8, 'CHILDREN');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (8, 'SAMUT_SAKHON'), (8, 'RANONG');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (8, 'VICTIM_CENTRED'), (8, 'GENDER'), (8, 'TRAUMA_INFORMED'), (8, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (8, 'MONDAY', 420, 1260), (8, 'TUESDAY', 420, 1260), (8, 'WEDNESDAY', 420, 1260), (8, 'THURSDAY', 420, 1260),
    (8, 'FRIDAY', 420, 1260), (8, 'SATURDAY', 420, 1260), (8, 'SUNDAY', 420, 1260);

-- 9. Rahim Ullah (rahim): rhg, mya, eng, tha; every day 07:00-21:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (9, 'rahim', 'Rahim Ullah', 'MALE', 'ACTIVE', NULL, '2025-07-14 02:00:00.000', TRUE, FALSE,
    '2027-03-31', '2026-02-20', '3', '2025-07-14 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (9, 'rhg', 'NATIVE', FALSE), (9, 'mya', 'WORKING', FALSE), (9, 'eng', 'FLUENT', TRUE), (9, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (9, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (9, 'RANONG'), (9, 'PHANG_NGA'), (9, 'SONGKHLA');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (9, 'VICTIM_CENTRED'), (9, 'GENDER'), (9, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (9, 'MONDAY', 420, 1260), (9, 'TUESDAY', 420, 1260), (9, 'WEDNESDAY', 420, 1260), (9, 'THURSDAY', 420, 1260),
    (9, 'FRIDAY', 420, 1260), (9, 'SATURDAY', 420, 1260), (9, 'SUNDAY', 420, 1260);

-- 10. Khin Myo Thant: mya, tha; Mon-Sat 08:00-18:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (10, NULL, 'Khin Myo Thant', 'FEMALE', 'ACTIVE', NULL, '2024-11-04 02:00:00.000', TRUE, TRUE,
    '2027-08-31', '2026-01-15', '3', '2024-11-04 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (10, 'mya', 'NATIVE', TRUE), (10, 'tha', 'FLUENT', TRUE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (10, 'CHILDREN'), (10, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (10, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (10, 'VICTIM_CENTRED'), (10, 'GENDER'), (10, 'TRAUMA_INFORMED'), (10, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (10, 'MONDAY', 480, 1080), (10, 'TUESDAY', 480, 1080), (10, 'WEDNESDAY', 480, 1080), (10, 'THURSDAY', 480, 1080),
    (10, 'FRIDAY', 480, 1080), (10, 'SATURDAY', 480, 1080);

-- 11. Zaw Lin Htet: mya, tha, eng; Mon-Fri 08:00-17:00; declared a conflict with RTP-TAK: worked for it as a volunteer
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (11, NULL, 'Zaw Lin Htet', 'MALE', 'ACTIVE', NULL, '2024-11-04 02:00:00.000', FALSE, FALSE,
    '2027-03-31', '2025-04-02', '2', '2024-11-04 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (11, 'mya', 'NATIVE', FALSE), (11, 'tha', 'FLUENT', FALSE), (11, 'eng', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (11, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (11, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (11, 'VICTIM_CENTRED'), (11, 'GENDER');
INSERT INTO interpreter_conflict (interpreter_id, party_kind, party_name) VALUES (11, 'ORGANISATION', 'RTP-TAK');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (11, 'MONDAY', 480, 1020), (11, 'TUESDAY', 480, 1020), (11, 'WEDNESDAY', 480, 1020), (11, 'THURSDAY', 480, 1020),
    (11, 'FRIDAY', 480, 1020);

-- 12. Hnin Wai Phyo: mya, tha; Mon-Fri 08:00-12:00 and 13:00-18:00; a morning away on 3 December
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (12, NULL, 'Hnin Wai Phyo', 'FEMALE', 'ACTIVE', NULL, '2024-12-02 02:00:00.000', TRUE, FALSE,
    '2027-05-31', '2026-03-12', '3', '2024-12-02 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (12, 'mya', 'NATIVE', TRUE), (12, 'tha', 'NATIVE', TRUE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (12, 'MEDICAL'), (12, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (12, 'SAMUT_SAKHON'), (12, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (12, 'VICTIM_CENTRED'), (12, 'GENDER'), (12, 'TRAUMA_INFORMED'), (12, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (12, 'MONDAY', 480, 720), (12, 'TUESDAY', 480, 720), (12, 'WEDNESDAY', 480, 720), (12, 'THURSDAY', 480, 720),
    (12, 'FRIDAY', 480, 720), (12, 'MONDAY', 780, 1080), (12, 'TUESDAY', 780, 1080), (12, 'WEDNESDAY', 780, 1080),
    (12, 'THURSDAY', 780, 1080), (12, 'FRIDAY', 780, 1080);
-- away 2026-12-03 08:00 to 2026-12-03 12:00 Asia/Bangkok
INSERT INTO interpreter_absence (interpreter_id, starts_at, ends_at) VALUES (12, '2026-12-03 01:00:00.000', '2026-12-03 05:00:00.000');

-- 13. Kyaw Zin Oo: mya, tha; weekday evenings 17:00-22:00, weekends 09:00-20:00; background check expired in October 2026
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (13, NULL, 'Kyaw Zin Oo', 'MALE', 'ACTIVE', NULL, '2024-09-10 02:00:00.000', FALSE, FALSE,
    '2026-10-31', '2024-09-10', '1', '2024-09-10 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (13, 'mya', 'NATIVE', FALSE), (13, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_province (interpreter_id, province) VALUES (13, 'RANONG'), (13, 'PHANG_NGA');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (13, 'VICTIM_CENTRED');
INSERT INTO interpreter_conflict (interpreter_id, party_kind, party_name) VALUES (13, 'COMMUNITY', 'Kawthaung ferry workers');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (13, 'MONDAY', 1020, 1320), (13, 'TUESDAY', 1020, 1320), (13, 'WEDNESDAY', 1020, 1320), (13, 'THURSDAY', 1020, 1320),
    (13, 'FRIDAY', 1020, 1320), (13, 'SATURDAY', 540, 1200), (13, 'SUNDAY', 540, 1200);

-- 14. Su Myat Noe: mya, tha; Mon-Fri 08:00-17:00; background check runs out on 15 January 2027: valid for December only
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (14, NULL, 'Su Myat Noe', 'FEMALE', 'ACTIVE', NULL, '2025-06-01 02:00:00.000', TRUE, FALSE,
    '2027-01-15', '2025-06-01', '2', '2025-06-01 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (14, 'mya', 'NATIVE', FALSE), (14, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (14, 'CHILDREN');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (14, 'RANONG');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (14, 'VICTIM_CENTRED'), (14, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (14, 'MONDAY', 480, 1020), (14, 'TUESDAY', 480, 1020), (14, 'WEDNESDAY', 480, 1020), (14, 'THURSDAY', 480, 1020),
    (14, 'FRIDAY', 480, 1020);

-- 15. Min Thu Aung: mya, tha, eng; Mon-Fri 08:00-17:00; away over the new year
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (15, NULL, 'Min Thu Aung', 'MALE', 'ACTIVE', NULL, '2025-01-20 02:00:00.000', TRUE, FALSE,
    '2027-11-30', '2026-04-01', '3', '2025-01-20 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (15, 'mya', 'NATIVE', TRUE), (15, 'tha', 'FLUENT', TRUE), (15, 'eng', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (15, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (15, 'BANGKOK'), (15, 'SAMUT_SAKHON');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (15, 'VICTIM_CENTRED'), (15, 'GENDER'), (15, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (15, 'MONDAY', 480, 1020), (15, 'TUESDAY', 480, 1020), (15, 'WEDNESDAY', 480, 1020), (15, 'THURSDAY', 480, 1020),
    (15, 'FRIDAY', 480, 1020);
-- away 2026-12-21 00:00 to 2027-01-05 00:00 Asia/Bangkok
INSERT INTO interpreter_absence (interpreter_id, starts_at, ends_at) VALUES (15, '2026-12-20 17:00:00.000', '2027-01-04 17:00:00.000');

-- 16. Ei Phyu Sin: mya, tha; weekday evenings 17:00-22:00, weekends 09:00-20:00; declared a conflict with a party of one demo booking
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (16, NULL, 'Ei Phyu Sin', 'FEMALE', 'ACTIVE', NULL, '2025-02-17 02:00:00.000', FALSE, FALSE,
    '2027-02-28', '2026-01-15', '3', '2025-02-17 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (16, 'mya', 'NATIVE', FALSE), (16, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (16, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (16, 'SAMUT_SAKHON');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (16, 'VICTIM_CENTRED'), (16, 'TRAUMA_INFORMED');
INSERT INTO interpreter_conflict (interpreter_id, party_kind, party_name) VALUES (16, 'ORGANISATION', 'Mahachai shrimp peeling shed');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (16, 'MONDAY', 1020, 1320), (16, 'TUESDAY', 1020, 1320), (16, 'WEDNESDAY', 1020, 1320), (16, 'THURSDAY', 1020, 1320),
    (16, 'FRIDAY', 1020, 1320), (16, 'SATURDAY', 540, 1200), (16, 'SUNDAY', 540, 1200);

-- 17. Thet Naing Soe: mya, tha; Mon-Sat 08:00-18:00; suspended
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (17, NULL, 'Thet Naing Soe', 'MALE', 'SUSPENDED', 'Suspended pending review of a confidentiality complaint.', '2026-10-14 03:00:00.000', FALSE, FALSE,
    '2027-06-30', '2025-05-05', '2', '2025-05-05 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (17, 'mya', 'NATIVE', FALSE), (17, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_province (interpreter_id, province) VALUES (17, 'PHUKET'), (17, 'PHANG_NGA');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (17, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (17, 'MONDAY', 480, 1080), (17, 'TUESDAY', 480, 1080), (17, 'WEDNESDAY', 480, 1080), (17, 'THURSDAY', 480, 1080),
    (17, 'FRIDAY', 480, 1080), (17, 'SATURDAY', 480, 1080);

-- 18. May Thazin Kyaw: mya, tha; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (18, NULL, 'May Thazin Kyaw', 'FEMALE', 'ACTIVE', NULL, '2025-08-11 02:00:00.000', TRUE, FALSE,
    '2027-04-30', '2026-02-02', '3', '2025-08-11 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (18, 'mya', 'NATIVE', TRUE), (18, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (18, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (18, 'SURAT_THANI'), (18, 'PHUKET');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (18, 'VICTIM_CENTRED'), (18, 'GENDER');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (18, 'MONDAY', 480, 1020), (18, 'TUESDAY', 480, 1020), (18, 'WEDNESDAY', 480, 1020), (18, 'THURSDAY', 480, 1020),
    (18, 'FRIDAY', 480, 1020);

-- 19. Naing Win Htut: mya, tha; Mon-Fri 08:00-17:00; background check expired in September 2026
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (19, NULL, 'Naing Win Htut', 'MALE', 'ACTIVE', NULL, '2024-10-01 02:00:00.000', TRUE, FALSE,
    '2026-09-30', '2025-03-03', '2', '2024-10-01 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (19, 'mya', 'NATIVE', FALSE), (19, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (19, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (19, 'SONGKHLA');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (19, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (19, 'MONDAY', 480, 1020), (19, 'TUESDAY', 480, 1020), (19, 'WEDNESDAY', 480, 1020), (19, 'THURSDAY', 480, 1020),
    (19, 'FRIDAY', 480, 1020);

-- 20. Yadanar Moe: mya, tha, eng; weekday evenings 17:00-22:00, weekends 09:00-20:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (20, NULL, 'Yadanar Moe', 'FEMALE', 'ACTIVE', NULL, '2025-01-06 02:00:00.000', TRUE, TRUE,
    '2027-07-31', '2026-01-15', '3', '2025-01-06 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (20, 'mya', 'NATIVE', FALSE), (20, 'tha', 'FLUENT', FALSE), (20, 'eng', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (20, 'CHILDREN'), (20, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (20, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (20, 'VICTIM_CENTRED'), (20, 'GENDER'), (20, 'TRAUMA_INFORMED'), (20, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (20, 'MONDAY', 1020, 1320), (20, 'TUESDAY', 1020, 1320), (20, 'WEDNESDAY', 1020, 1320), (20, 'THURSDAY', 1020, 1320),
    (20, 'FRIDAY', 1020, 1320), (20, 'SATURDAY', 540, 1200), (20, 'SUNDAY', 540, 1200);

-- 21. Htet Aung Lwin: mya, tha; every day 06:00-23:00; new: confidentiality agreement not signed yet, so never matched
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (21, NULL, 'Htet Aung Lwin', 'MALE', 'ACTIVE', NULL, '2026-11-02 02:00:00.000', TRUE, FALSE,
    '2027-03-15', NULL, NULL, '2026-11-02 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (21, 'mya', 'FLUENT', FALSE), (21, 'tha', 'NATIVE', FALSE);
INSERT INTO interpreter_province (interpreter_id, province) VALUES (21, 'CHIANG_RAI'), (21, 'TAK');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (21, 'MONDAY', 360, 1380), (21, 'TUESDAY', 360, 1380), (21, 'WEDNESDAY', 360, 1380), (21, 'THURSDAY', 360, 1380),
    (21, 'FRIDAY', 360, 1380), (21, 'SATURDAY', 360, 1380), (21, 'SUNDAY', 360, 1380);

-- 22. Sophea Keo: khm, tha; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (22, NULL, 'Sophea Keo', 'FEMALE', 'ACTIVE', NULL, '2024-12-09 02:00:00.000', TRUE, FALSE,
    '2027-06-30', '2026-01-27', '3', '2024-12-09 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (22, 'khm', 'NATIVE', TRUE), (22, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (22, 'CHILDREN'), (22, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (22, 'SA_KAEO'), (22, 'TRAT');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (22, 'VICTIM_CENTRED'), (22, 'GENDER'), (22, 'TRAUMA_INFORMED'), (22, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (22, 'MONDAY', 480, 1020), (22, 'TUESDAY', 480, 1020), (22, 'WEDNESDAY', 480, 1020), (22, 'THURSDAY', 480, 1020),
    (22, 'FRIDAY', 480, 1020);

-- 23. Dara Vann: khm, tha; Mon-Sat 08:00-18:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (23, NULL, 'Dara Vann', 'MALE', 'ACTIVE', NULL, '2025-07-07 02:00:00.000', FALSE, FALSE,
    '2027-01-31', '2025-07-07', '2', '2025-07-07 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (23, 'khm', 'NATIVE', FALSE), (23, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (23, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (23, 'SA_KAEO');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (23, 'VICTIM_CENTRED');
INSERT INTO interpreter_conflict (interpreter_id, party_kind, party_name) VALUES (23, 'COMMUNITY', 'Rong Kluea market traders');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (23, 'MONDAY', 480, 1080), (23, 'TUESDAY', 480, 1080), (23, 'WEDNESDAY', 480, 1080), (23, 'THURSDAY', 480, 1080),
    (23, 'FRIDAY', 480, 1080), (23, 'SATURDAY', 480, 1080);

-- 24. Chanthy Sok: khm, tha, eng; Mon-Fri 08:00-12:00 and 13:00-18:00; background check expired in August 2026; agreement version 1
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (24, NULL, 'Chanthy Sok', 'FEMALE', 'ACTIVE', NULL, '2024-08-19 02:00:00.000', TRUE, FALSE,
    '2026-08-31', '2024-08-19', '1', '2024-08-19 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (24, 'khm', 'NATIVE', FALSE), (24, 'tha', 'WORKING', FALSE), (24, 'eng', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (24, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (24, 'BANGKOK'), (24, 'SAMUT_SAKHON');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (24, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (24, 'MONDAY', 480, 720), (24, 'TUESDAY', 480, 720), (24, 'WEDNESDAY', 480, 720), (24, 'THURSDAY', 480, 720),
    (24, 'FRIDAY', 480, 720), (24, 'MONDAY', 780, 1080), (24, 'TUESDAY', 780, 1080), (24, 'WEDNESDAY', 780, 1080),
    (24, 'THURSDAY', 780, 1080), (24, 'FRIDAY', 780, 1080);

-- 25. Vannak Phan: khm, tha; every day 06:00-23:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (25, NULL, 'Vannak Phan', 'MALE', 'ACTIVE', NULL, '2025-03-30 02:00:00.000', TRUE, TRUE,
    '2027-09-30', '2026-03-30', '3', '2025-03-30 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (25, 'khm', 'NATIVE', TRUE), (25, 'tha', 'FLUENT', TRUE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (25, 'LEGAL'), (25, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (25, 'TRAT'), (25, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (25, 'VICTIM_CENTRED'), (25, 'GENDER'), (25, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (25, 'MONDAY', 360, 1380), (25, 'TUESDAY', 360, 1380), (25, 'WEDNESDAY', 360, 1380), (25, 'THURSDAY', 360, 1380),
    (25, 'FRIDAY', 360, 1380), (25, 'SATURDAY', 360, 1380), (25, 'SUNDAY', 360, 1380);

-- 26. Sreymom Chea: khm, tha; Mon-Fri 08:00-17:00; away 7-11 December
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (26, NULL, 'Sreymom Chea', 'FEMALE', 'ACTIVE', NULL, '2025-09-01 02:00:00.000', FALSE, FALSE,
    '2027-05-31', '2026-02-09', '3', '2025-09-01 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (26, 'khm', 'NATIVE', FALSE), (26, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (26, 'CHILDREN');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (26, 'SURAT_THANI'), (26, 'SONGKHLA');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (26, 'VICTIM_CENTRED'), (26, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (26, 'MONDAY', 480, 1020), (26, 'TUESDAY', 480, 1020), (26, 'WEDNESDAY', 480, 1020), (26, 'THURSDAY', 480, 1020),
    (26, 'FRIDAY', 480, 1020);
-- away 2026-12-07 00:00 to 2026-12-12 00:00 Asia/Bangkok
INSERT INTO interpreter_absence (interpreter_id, starts_at, ends_at) VALUES (26, '2026-12-06 17:00:00.000', '2026-12-11 17:00:00.000');

-- 27. Rithy Meas: khm, tha; Mon-Fri 08:00-17:00; suspended
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (27, NULL, 'Rithy Meas', 'MALE', 'SUSPENDED', 'Background check renewal not completed; suspended until it is.', '2026-08-05 02:00:00.000', FALSE, FALSE,
    '2026-07-31', '2024-07-01', '1', '2024-07-01 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (27, 'khm', 'NATIVE', FALSE), (27, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_province (interpreter_id, province) VALUES (27, 'SA_KAEO');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (27, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (27, 'MONDAY', 480, 1020), (27, 'TUESDAY', 480, 1020), (27, 'WEDNESDAY', 480, 1020), (27, 'THURSDAY', 480, 1020),
    (27, 'FRIDAY', 480, 1020);

-- 28. Khamla Sisouphanh: lao, tha; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (28, NULL, 'Khamla Sisouphanh', 'FEMALE', 'ACTIVE', NULL, '2024-10-14 02:00:00.000', TRUE, FALSE,
    '2027-10-31', '2026-01-12', '3', '2024-10-14 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (28, 'lao', 'NATIVE', TRUE), (28, 'tha', 'NATIVE', TRUE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (28, 'PSYCHOSOCIAL'), (28, 'CHILDREN');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (28, 'BANGKOK'), (28, 'CHIANG_RAI');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (28, 'VICTIM_CENTRED'), (28, 'GENDER'), (28, 'TRAUMA_INFORMED'), (28, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (28, 'MONDAY', 480, 1020), (28, 'TUESDAY', 480, 1020), (28, 'WEDNESDAY', 480, 1020), (28, 'THURSDAY', 480, 1020),
    (28, 'FRIDAY', 480, 1020);

-- 29. Bounmy Vongsa: lao, tha; Mon-Sat 08:00-18:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (29, NULL, 'Bounmy Vongsa', 'MALE', 'ACTIVE', NULL, '2025-02-24 02:00:00.000', FALSE, FALSE,
    '2027-02-28', '2025-02-24', '2', '2025-02-24 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (29, 'lao', 'NATIVE', FALSE), (29, 'tha', 'NATIVE', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (29, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (29, 'CHIANG_RAI');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (29, 'VICTIM_CENTRED'), (29, 'GENDER');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (29, 'MONDAY', 480, 1080), (29, 'TUESDAY', 480, 1080), (29, 'WEDNESDAY', 480, 1080), (29, 'THURSDAY', 480, 1080),
    (29, 'FRIDAY', 480, 1080), (29, 'SATURDAY', 480, 1080);

-- 30. Phonesavanh Keomany: lao, tha; weekday evenings 17:00-22:00, weekends 09:00-20:00; background check expired a week ago
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (30, NULL, 'Phonesavanh Keomany', 'FEMALE', 'ACTIVE', NULL, '2025-11-17 02:00:00.000', TRUE, FALSE,
    '2026-11-15', '2026-01-12', '3', '2025-11-17 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (30, 'lao', 'NATIVE', FALSE), (30, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (30, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (30, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (30, 'VICTIM_CENTRED'), (30, 'GENDER');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (30, 'MONDAY', 1020, 1320), (30, 'TUESDAY', 1020, 1320), (30, 'WEDNESDAY', 1020, 1320), (30, 'THURSDAY', 1020, 1320),
    (30, 'FRIDAY', 1020, 1320), (30, 'SATURDAY', 540, 1200), (30, 'SUNDAY', 540, 1200);

-- 31. Tran Thi Mai: vie, tha, eng; Mon-Fri 08:00-17:00; away 24-27 December
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (31, NULL, 'Tran Thi Mai', 'FEMALE', 'ACTIVE', NULL, '2024-12-16 02:00:00.000', TRUE, FALSE,
    '2027-08-31', '2026-01-19', '3', '2024-12-16 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (31, 'vie', 'NATIVE', TRUE), (31, 'tha', 'FLUENT', FALSE), (31, 'eng', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (31, 'MEDICAL'), (31, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (31, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (31, 'VICTIM_CENTRED'), (31, 'GENDER'), (31, 'TRAUMA_INFORMED'), (31, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (31, 'MONDAY', 480, 1020), (31, 'TUESDAY', 480, 1020), (31, 'WEDNESDAY', 480, 1020), (31, 'THURSDAY', 480, 1020),
    (31, 'FRIDAY', 480, 1020);
-- away 2026-12-24 00:00 to 2026-12-28 00:00 Asia/Bangkok
INSERT INTO interpreter_absence (interpreter_id, starts_at, ends_at) VALUES (31, '2026-12-23 17:00:00.000', '2026-12-27 17:00:00.000');

-- 32. Pham Van Duc: vie, tha; Mon-Fri 08:00-12:00 and 13:00-18:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (32, NULL, 'Pham Van Duc', 'MALE', 'ACTIVE', NULL, '2025-09-08 02:00:00.000', TRUE, FALSE,
    '2027-03-31', '2025-09-08', '2', '2025-09-08 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (32, 'vie', 'NATIVE', FALSE), (32, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (32, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (32, 'BANGKOK'), (32, 'SAMUT_SAKHON');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (32, 'VICTIM_CENTRED'), (32, 'GENDER');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (32, 'MONDAY', 480, 720), (32, 'TUESDAY', 480, 720), (32, 'WEDNESDAY', 480, 720), (32, 'THURSDAY', 480, 720),
    (32, 'FRIDAY', 480, 720), (32, 'MONDAY', 780, 1080), (32, 'TUESDAY', 780, 1080), (32, 'WEDNESDAY', 780, 1080),
    (32, 'THURSDAY', 780, 1080), (32, 'FRIDAY', 780, 1080);

-- 33. Le Thi Hoa: vie, tha; weekends 08:00-20:00; agreement version 1
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (33, NULL, 'Le Thi Hoa', 'FEMALE', 'ACTIVE', NULL, '2024-06-03 02:00:00.000', TRUE, FALSE,
    '2027-01-10', '2024-06-03', '1', '2024-06-03 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (33, 'vie', 'NATIVE', FALSE), (33, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (33, 'CHILDREN');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (33, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (33, 'VICTIM_CENTRED'), (33, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (33, 'SATURDAY', 480, 1200), (33, 'SUNDAY', 480, 1200);

-- 34. Sai Kham Leng: shn, mya, tha; Mon-Sat 08:00-18:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (34, NULL, 'Sai Kham Leng', 'MALE', 'ACTIVE', NULL, '2025-02-23 02:00:00.000', TRUE, FALSE,
    '2027-06-30', '2026-02-23', '3', '2025-02-23 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (34, 'shn', 'NATIVE', FALSE), (34, 'mya', 'FLUENT', FALSE), (34, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (34, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (34, 'CHIANG_RAI');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (34, 'VICTIM_CENTRED'), (34, 'GENDER');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (34, 'MONDAY', 480, 1080), (34, 'TUESDAY', 480, 1080), (34, 'WEDNESDAY', 480, 1080), (34, 'THURSDAY', 480, 1080),
    (34, 'FRIDAY', 480, 1080), (34, 'SATURDAY', 480, 1080);

-- 35. Nang Mo Seng: shn, tha; weekday evenings 17:00-22:00, weekends 09:00-20:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (35, NULL, 'Nang Mo Seng', 'FEMALE', 'ACTIVE', NULL, '2025-10-06 02:00:00.000', TRUE, TRUE,
    '2027-04-30', '2025-10-06', '2', '2025-10-06 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (35, 'shn', 'NATIVE', FALSE), (35, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (35, 'CHILDREN'), (35, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (35, 'CHIANG_RAI'), (35, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (35, 'VICTIM_CENTRED'), (35, 'GENDER'), (35, 'TRAUMA_INFORMED'), (35, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (35, 'MONDAY', 1020, 1320), (35, 'TUESDAY', 1020, 1320), (35, 'WEDNESDAY', 1020, 1320), (35, 'THURSDAY', 1020, 1320),
    (35, 'FRIDAY', 1020, 1320), (35, 'SATURDAY', 540, 1200), (35, 'SUNDAY', 540, 1200);

-- 36. Naw Paw Htoo: ksw, mya, tha; every day 06:00-23:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (36, NULL, 'Naw Paw Htoo', 'FEMALE', 'ACTIVE', NULL, '2024-09-23 02:00:00.000', TRUE, TRUE,
    '2027-07-31', '2026-01-05', '3', '2024-09-23 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (36, 'ksw', 'NATIVE', TRUE), (36, 'mya', 'FLUENT', FALSE), (36, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (36, 'CHILDREN'), (36, 'PSYCHOSOCIAL'), (36, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (36, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (36, 'VICTIM_CENTRED'), (36, 'GENDER'), (36, 'TRAUMA_INFORMED'), (36, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (36, 'MONDAY', 360, 1380), (36, 'TUESDAY', 360, 1380), (36, 'WEDNESDAY', 360, 1380), (36, 'THURSDAY', 360, 1380),
    (36, 'FRIDAY', 360, 1380), (36, 'SATURDAY', 360, 1380), (36, 'SUNDAY', 360, 1380);

-- 37. Saw Eh Kaw: ksw, tha; Mon-Fri 08:00-17:00; background check expired in May 2026
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (37, NULL, 'Saw Eh Kaw', 'MALE', 'ACTIVE', NULL, '2024-05-13 02:00:00.000', FALSE, FALSE,
    '2026-05-31', '2024-05-13', '1', '2024-05-13 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (37, 'ksw', 'NATIVE', FALSE), (37, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_province (interpreter_id, province) VALUES (37, 'TAK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (37, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (37, 'MONDAY', 480, 1020), (37, 'TUESDAY', 480, 1020), (37, 'WEDNESDAY', 480, 1020), (37, 'THURSDAY', 480, 1020),
    (37, 'FRIDAY', 480, 1020);

-- 38. Nai Sein Htun: mnw, mya, tha; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (38, NULL, 'Nai Sein Htun', 'MALE', 'ACTIVE', NULL, '2025-03-16 02:00:00.000', TRUE, FALSE,
    '2027-05-31', '2026-03-16', '3', '2025-03-16 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (38, 'mnw', 'NATIVE', FALSE), (38, 'mya', 'FLUENT', FALSE), (38, 'tha', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (38, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (38, 'SAMUT_SAKHON'), (38, 'RANONG');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (38, 'VICTIM_CENTRED'), (38, 'GENDER'), (38, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (38, 'MONDAY', 480, 1020), (38, 'TUESDAY', 480, 1020), (38, 'WEDNESDAY', 480, 1020), (38, 'THURSDAY', 480, 1020),
    (38, 'FRIDAY', 480, 1020);

-- 39. Mi Hnin Si: mnw, tha; weekends 08:00-20:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (39, NULL, 'Mi Hnin Si', 'FEMALE', 'ACTIVE', NULL, '2025-08-25 02:00:00.000', FALSE, FALSE,
    '2027-02-28', '2025-08-25', '2', '2025-08-25 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (39, 'mnw', 'NATIVE', FALSE), (39, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (39, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (39, 'SAMUT_SAKHON');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (39, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (39, 'SATURDAY', 480, 1200), (39, 'SUNDAY', 480, 1200);

-- 40. Mohammed Yunus: rhg, mya, eng, tha; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (40, NULL, 'Mohammed Yunus', 'MALE', 'ACTIVE', NULL, '2025-01-26 02:00:00.000', TRUE, FALSE,
    '2027-03-31', '2026-01-26', '3', '2025-01-26 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (40, 'rhg', 'NATIVE', FALSE), (40, 'mya', 'WORKING', FALSE), (40, 'eng', 'WORKING', FALSE), (40, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (40, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (40, 'RANONG'), (40, 'SONGKHLA');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (40, 'VICTIM_CENTRED'), (40, 'GENDER');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (40, 'MONDAY', 480, 1020), (40, 'TUESDAY', 480, 1020), (40, 'WEDNESDAY', 480, 1020), (40, 'THURSDAY', 480, 1020),
    (40, 'FRIDAY', 480, 1020);

-- 41. Noor Begum: rhg, eng, tha; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (41, NULL, 'Noor Begum', 'FEMALE', 'ACTIVE', NULL, '2025-04-21 02:00:00.000', TRUE, FALSE,
    '2027-06-30', '2026-01-26', '3', '2025-04-21 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (41, 'rhg', 'NATIVE', FALSE), (41, 'eng', 'FLUENT', FALSE), (41, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (41, 'PSYCHOSOCIAL'), (41, 'CHILDREN');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (41, 'SONGKHLA'), (41, 'PHANG_NGA');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (41, 'VICTIM_CENTRED'), (41, 'GENDER'), (41, 'TRAUMA_INFORMED'), (41, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (41, 'MONDAY', 480, 1020), (41, 'TUESDAY', 480, 1020), (41, 'WEDNESDAY', 480, 1020), (41, 'THURSDAY', 480, 1020),
    (41, 'FRIDAY', 480, 1020);

-- 42. Abdul Hamid: rhg, tha; weekday evenings 17:00-22:00, weekends 09:00-20:00; background check expired in October 2026
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (42, NULL, 'Abdul Hamid', 'MALE', 'ACTIVE', NULL, '2025-01-13 02:00:00.000', FALSE, FALSE,
    '2026-10-15', '2025-01-13', '2', '2025-01-13 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (42, 'rhg', 'NATIVE', FALSE), (42, 'tha', 'WORKING', FALSE);
INSERT INTO interpreter_province (interpreter_id, province) VALUES (42, 'RANONG');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (42, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (42, 'MONDAY', 1020, 1320), (42, 'TUESDAY', 1020, 1320), (42, 'WEDNESDAY', 1020, 1320), (42, 'THURSDAY', 1020, 1320),
    (42, 'FRIDAY', 1020, 1320), (42, 'SATURDAY', 540, 1200), (42, 'SUNDAY', 540, 1200);

-- 43. Siriporn Wongsa: tha, eng; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (43, NULL, 'Siriporn Wongsa', 'FEMALE', 'ACTIVE', NULL, '2024-08-05 02:00:00.000', TRUE, FALSE,
    '2027-12-31', '2026-01-05', '3', '2024-08-05 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (43, 'tha', 'NATIVE', TRUE), (43, 'eng', 'FLUENT', TRUE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (43, 'LEGAL'), (43, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (43, 'BANGKOK'), (43, 'PHUKET');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (43, 'VICTIM_CENTRED'), (43, 'GENDER'), (43, 'TRAUMA_INFORMED'), (43, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (43, 'MONDAY', 480, 1020), (43, 'TUESDAY', 480, 1020), (43, 'WEDNESDAY', 480, 1020), (43, 'THURSDAY', 480, 1020),
    (43, 'FRIDAY', 480, 1020);

-- 44. Thanakorn Srisuk: tha, eng; Mon-Sat 08:00-18:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (44, NULL, 'Thanakorn Srisuk', 'MALE', 'ACTIVE', NULL, '2025-02-16 02:00:00.000', TRUE, FALSE,
    '2027-05-31', '2026-02-16', '3', '2025-02-16 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (44, 'tha', 'NATIVE', FALSE), (44, 'eng', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (44, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (44, 'PHUKET'), (44, 'PHANG_NGA'), (44, 'SURAT_THANI');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (44, 'VICTIM_CENTRED'), (44, 'GENDER');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (44, 'MONDAY', 480, 1080), (44, 'TUESDAY', 480, 1080), (44, 'WEDNESDAY', 480, 1080), (44, 'THURSDAY', 480, 1080),
    (44, 'FRIDAY', 480, 1080), (44, 'SATURDAY', 480, 1080);
-- away 2027-01-01 00:00 to 2027-01-02 00:00 Asia/Bangkok
INSERT INTO interpreter_absence (interpreter_id, starts_at, ends_at) VALUES (44, '2026-12-31 17:00:00.000', '2027-01-01 17:00:00.000');

-- 45. Kanokwan Inthara: tha, eng, khm; Mon-Fri 08:00-12:00 and 13:00-18:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (45, NULL, 'Kanokwan Inthara', 'FEMALE', 'ACTIVE', NULL, '2025-11-03 02:00:00.000', TRUE, FALSE,
    '2027-01-20', '2025-11-03', '2', '2025-11-03 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (45, 'tha', 'NATIVE', FALSE), (45, 'eng', 'FLUENT', FALSE), (45, 'khm', 'WORKING', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (45, 'PSYCHOSOCIAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (45, 'TRAT'), (45, 'SA_KAEO'), (45, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (45, 'VICTIM_CENTRED'), (45, 'TRAUMA_INFORMED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (45, 'MONDAY', 480, 720), (45, 'TUESDAY', 480, 720), (45, 'WEDNESDAY', 480, 720), (45, 'THURSDAY', 480, 720),
    (45, 'FRIDAY', 480, 720), (45, 'MONDAY', 780, 1080), (45, 'TUESDAY', 780, 1080), (45, 'WEDNESDAY', 780, 1080),
    (45, 'THURSDAY', 780, 1080), (45, 'FRIDAY', 780, 1080);

-- 46. Pichit Chaiwong: tha, lao, eng; every day 06:00-23:00; suspended
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (46, NULL, 'Pichit Chaiwong', 'MALE', 'SUSPENDED', 'Missed two assigned bookings without notice; suspended until a talk with the coordinator.', '2026-11-09 01:30:00.000', TRUE, FALSE,
    '2027-04-30', '2026-01-19', '3', '2025-01-19 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (46, 'tha', 'NATIVE', FALSE), (46, 'lao', 'FLUENT', FALSE), (46, 'eng', 'WORKING', FALSE);
INSERT INTO interpreter_province (interpreter_id, province) VALUES (46, 'CHIANG_RAI');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (46, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (46, 'MONDAY', 360, 1380), (46, 'TUESDAY', 360, 1380), (46, 'WEDNESDAY', 360, 1380), (46, 'THURSDAY', 360, 1380),
    (46, 'FRIDAY', 360, 1380), (46, 'SATURDAY', 360, 1380), (46, 'SUNDAY', 360, 1380);

-- 47. Wannapa Jaidee: tha, mya; Mon-Fri 08:00-17:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (47, NULL, 'Wannapa Jaidee', 'FEMALE', 'ACTIVE', NULL, '2024-07-15 02:00:00.000', TRUE, TRUE,
    '2027-09-30', '2026-01-05', '3', '2024-07-15 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (47, 'tha', 'NATIVE', TRUE), (47, 'mya', 'FLUENT', TRUE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (47, 'CHILDREN'), (47, 'LEGAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (47, 'TAK'), (47, 'BANGKOK');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (47, 'VICTIM_CENTRED'), (47, 'GENDER'), (47, 'TRAUMA_INFORMED'), (47, 'CHILD_SAFE');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (47, 'MONDAY', 480, 1020), (47, 'TUESDAY', 480, 1020), (47, 'WEDNESDAY', 480, 1020), (47, 'THURSDAY', 480, 1020),
    (47, 'FRIDAY', 480, 1020);

-- 48. Anucha Thongsuk: tha, vie; weekday evenings 17:00-22:00, weekends 09:00-20:00
INSERT INTO interpreter (id, username, display_name, gender, status, status_reason, status_changed_at, remote, on_call,
    background_check_valid_until, agreement_signed_on, agreement_version, created_at)
VALUES (48, NULL, 'Anucha Thongsuk', 'MALE', 'ACTIVE', NULL, '2025-03-02 02:00:00.000', TRUE, FALSE,
    '2027-06-30', '2026-03-02', '3', '2025-03-02 02:00:00.000');
INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) VALUES (48, 'tha', 'NATIVE', FALSE), (48, 'vie', 'FLUENT', FALSE);
INSERT INTO interpreter_specialisation (interpreter_id, specialisation) VALUES (48, 'MEDICAL');
INSERT INTO interpreter_province (interpreter_id, province) VALUES (48, 'SONGKHLA'), (48, 'SURAT_THANI');
INSERT INTO interpreter_training (interpreter_id, training) VALUES (48, 'VICTIM_CENTRED');
INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, until_minute) VALUES
    (48, 'MONDAY', 1020, 1320), (48, 'TUESDAY', 1020, 1320), (48, 'WEDNESDAY', 1020, 1320), (48, 'THURSDAY', 1020, 1320),
    (48, 'FRIDAY', 1020, 1320), (48, 'SATURDAY', 540, 1200), (48, 'SUNDAY', 540, 1200);
