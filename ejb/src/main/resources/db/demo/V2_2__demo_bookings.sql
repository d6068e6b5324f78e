-- Demo data, part 2: bookings in every status, with their offers, assignments and case exclusions. Only applied where
-- SAPHAN_DEMO_DATA=true (./saphan run), after part 1 (the interpreter pool, whose ids it uses).
-- Written for both MariaDB 10.11 and H2 (MODE=MariaDB). Times are fixed: "today" for this data is 23 November 2026;
-- past bookings are in November 2026, future ones in December 2026 and January 2027. Instants are UTC (Asia/Bangkok
-- minus 7 hours); the comments give the Bangkok time.
-- Case codes are agencies' pseudonyms, never names; notes and places name no one. The requester subject is the
-- literal 'demo-seed' (real subjects are Keycloak's random ids), and so is who assigned and who excluded.
-- Each offered or assigned interpreter passes every hard rule of matching for its booking, so that the candidates
-- page and the offers agree. Open offers expire at the booking's start (its fill deadline), so that they stay open
-- for demos until then.


-- SPH-2026-000001 COMPLETED: RTP-TAK SCREENING_INTERVIEW ON_SITE SCHEDULED, mya-tha, 2026-11-10 09:00 Bangkok for 180 min, TAK; interpreter 2 (Thida Aye)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (1, 'SPH-2026-000001', 'RTP-TAK', 'demo-seed', 'RTP Tak anti-trafficking desk, ext. 112', 'SCREENING_INTERVIEW', 'ON_SITE', 'SCHEDULED',
    '2026-11-10 02:00:00.000', 180, 'mya', 'tha', 'TAK', 'Mae Sot police station, interview room 1', 'FEMALE',
    TRUE, NULL, FALSE, 'RTP-TAK-2026-0117', 'Ask for the duty investigator at the front desk.', 'COMPLETED',
    NULL, '2026-11-10 05:05:00.000', 1, 2, '2026-11-05 03:20:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (1, 'SPH-2026-000001', 2, 1, 'ACCEPTED', '2026-11-05 03:21:00.000', '2026-11-05 04:21:00.000', '2026-11-05 03:26:00.000', NULL),
    (2, 'SPH-2026-000001', 10, 1, 'WITHDRAWN', '2026-11-05 03:21:00.000', '2026-11-05 04:21:00.000', NULL, NULL),
    (3, 'SPH-2026-000001', 36, 1, 'WITHDRAWN', '2026-11-05 03:21:00.000', '2026-11-05 04:21:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (1, 'SPH-2026-000001', 2, '2026-11-10 02:00:00.000', '2026-11-10 05:00:00.000', 'ON_SITE', 'TAK', 'RTP-TAK-2026-0117',
    1, 'demo-seed', NULL, FALSE, '2026-11-05 03:26:00.000', NULL);

-- SPH-2026-000002 COMPLETED: RTP-ATPD SCREENING_INTERVIEW ON_SITE SCHEDULED, mya-tha, 2026-11-12 10:00 Bangkok for 150 min, SAMUT_SAKHON; interpreter 1 (Aung Kyaw Min)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (2, 'SPH-2026-000002', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'SCREENING_INTERVIEW', 'ON_SITE', 'SCHEDULED',
    '2026-11-12 03:00:00.000', 150, 'mya', 'tha', 'SAMUT_SAKHON', 'Samut Sakhon provincial police station, interview room 3', NULL,
    FALSE, NULL, FALSE, 'RTP-2026-0042', 'Bring your Saphan ID; the interview may run long.', 'COMPLETED',
    NULL, '2026-11-12 05:40:00.000', 1, 1, '2026-11-06 01:40:00.000');
INSERT INTO booking_party (booking_id, party_kind, party_name) VALUES (2, 'ORGANISATION', 'Mahachai shrimp peeling shed');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (4, 'SPH-2026-000002', 1, 1, 'ACCEPTED', '2026-11-06 01:41:00.000', '2026-11-06 02:41:00.000', '2026-11-06 01:43:00.000', NULL),
    (5, 'SPH-2026-000002', 2, 1, 'WITHDRAWN', '2026-11-06 01:41:00.000', '2026-11-06 02:41:00.000', NULL, NULL),
    (6, 'SPH-2026-000002', 38, 1, 'WITHDRAWN', '2026-11-06 01:41:00.000', '2026-11-06 02:41:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (2, 'SPH-2026-000002', 1, '2026-11-12 03:00:00.000', '2026-11-12 05:30:00.000', 'ON_SITE', 'SAMUT_SAKHON', 'RTP-2026-0042',
    4, 'demo-seed', NULL, FALSE, '2026-11-06 01:43:00.000', NULL);

-- SPH-2026-000003 COMPLETED: MSDHS-BKK PSYCHOSOCIAL_SESSION REMOTE SCHEDULED, khm-tha, 2026-11-16 14:00 Bangkok for 60 min; interpreter 3 (Sokha Chan)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (3, 'SPH-2026-000003', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'PSYCHOSOCIAL_SESSION', 'REMOTE', 'SCHEDULED',
    '2026-11-16 07:00:00.000', 60, 'khm', 'tha', NULL, NULL, 'FEMALE',
    TRUE, 'PSYCHOSOCIAL', FALSE, 'MSDHS-2026-0311', 'Remote session; the social worker joins from the shelter meeting room.', 'COMPLETED',
    NULL, '2026-11-16 08:02:00.000', 1, 3, '2026-11-09 08:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (7, 'SPH-2026-000003', 3, 1, 'ACCEPTED', '2026-11-09 08:01:00.000', '2026-11-09 09:01:00.000', '2026-11-09 08:12:00.000', NULL),
    (8, 'SPH-2026-000003', 45, 1, 'WITHDRAWN', '2026-11-09 08:01:00.000', '2026-11-09 09:01:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (3, 'SPH-2026-000003', 3, '2026-11-16 07:00:00.000', '2026-11-16 08:00:00.000', 'REMOTE', NULL, 'MSDHS-2026-0311',
    7, 'demo-seed', NULL, FALSE, '2026-11-09 08:12:00.000', NULL);

-- SPH-2026-000004 COMPLETED: MSDHS-BKK MEDICAL ON_SITE SCHEDULED, vie-tha, 2026-11-19 09:30 Bangkok for 90 min, BANGKOK; interpreter 5 (Linh Nguyen)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (4, 'SPH-2026-000004', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'MEDICAL', 'ON_SITE', 'SCHEDULED',
    '2026-11-19 02:30:00.000', 90, 'vie', 'tha', 'BANGKOK', 'Hospital outpatient clinic; meet at the social work desk', NULL,
    FALSE, 'MEDICAL', FALSE, 'MSDHS-2026-0318', 'Medical check-up; the social worker accompanies the person.', 'COMPLETED',
    NULL, '2026-11-19 04:10:00.000', 1, 5, '2026-11-12 02:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (9, 'SPH-2026-000004', 31, 1, 'DECLINED', '2026-11-12 02:01:00.000', '2026-11-12 03:01:00.000', '2026-11-12 02:20:00.000', 'Already booked at another hospital that morning.'),
    (10, 'SPH-2026-000004', 5, 1, 'WITHDRAWN', '2026-11-12 02:01:00.000', '2026-11-12 03:01:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (4, 'SPH-2026-000004', 5, '2026-11-19 02:30:00.000', '2026-11-19 04:00:00.000', 'ON_SITE', 'BANGKOK', 'MSDHS-2026-0318',
    NULL, 'demo-seed', 'Assigned by hand after a phone call: the clinic needed an answer the same morning.', FALSE, '2026-11-12 02:35:00.000', NULL);

-- SPH-2026-000005 COMPLETED: RTP-ATPD LEGAL_PROCEEDING REMOTE SCHEDULED, vie-tha, 2026-11-17 13:00 Bangkok for 120 min; interpreter 32 (Pham Van Duc)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (5, 'SPH-2026-000005', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'LEGAL_PROCEEDING', 'REMOTE', 'SCHEDULED',
    '2026-11-17 06:00:00.000', 120, 'vie', 'tha', NULL, NULL, NULL,
    FALSE, 'LEGAL', FALSE, 'RTP-2026-0049', 'Deposition by video link; the prosecutor leads.', 'COMPLETED',
    NULL, '2026-11-17 08:05:00.000', 1, 32, '2026-11-10 03:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (11, 'SPH-2026-000005', 32, 1, 'ACCEPTED', '2026-11-10 03:01:00.000', '2026-11-10 04:01:00.000', '2026-11-10 03:40:00.000', NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (5, 'SPH-2026-000005', 32, '2026-11-17 06:00:00.000', '2026-11-17 08:00:00.000', 'REMOTE', NULL, 'RTP-2026-0049',
    11, 'demo-seed', NULL, FALSE, '2026-11-10 03:40:00.000', NULL);

-- SPH-2026-000006 COMPLETED: MSDHS-BKK PSYCHOSOCIAL_SESSION ON_SITE SCHEDULED, mya-tha, 2026-11-18 18:00 Bangkok for 90 min, BANGKOK; interpreter 20 (Yadanar Moe)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (6, 'SPH-2026-000006', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'PSYCHOSOCIAL_SESSION', 'ON_SITE', 'SCHEDULED',
    '2026-11-18 11:00:00.000', 90, 'mya', 'tha', 'BANGKOK', 'Shelter meeting room 2', 'FEMALE',
    TRUE, 'PSYCHOSOCIAL', FALSE, 'MSDHS-2026-0305', 'Ask for the duty social worker at the gate.', 'COMPLETED',
    NULL, '2026-11-18 12:40:00.000', 1, 20, '2026-11-11 06:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (12, 'SPH-2026-000006', 20, 1, 'ACCEPTED', '2026-11-11 06:01:00.000', '2026-11-11 07:01:00.000', '2026-11-11 06:04:00.000', NULL),
    (13, 'SPH-2026-000006', 2, 1, 'WITHDRAWN', '2026-11-11 06:01:00.000', '2026-11-11 07:01:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (6, 'SPH-2026-000006', 20, '2026-11-18 11:00:00.000', '2026-11-18 12:30:00.000', 'ON_SITE', 'BANGKOK', 'MSDHS-2026-0305',
    12, 'demo-seed', NULL, FALSE, '2026-11-11 06:04:00.000', NULL);

-- SPH-2026-000007 IN_PROGRESS: RTP-TAK SCREENING_INTERVIEW ON_SITE SCHEDULED, ksw-tha, 2026-11-23 18:30 Bangkok for 150 min, TAK; interpreter 7 (Saw Htoo Say)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (7, 'SPH-2026-000007', 'RTP-TAK', 'demo-seed', 'RTP Tak anti-trafficking desk, ext. 112', 'SCREENING_INTERVIEW', 'ON_SITE', 'SCHEDULED',
    '2026-11-23 11:30:00.000', 150, 'ksw', 'tha', 'TAK', 'Mae Sot police station, interview room 2', NULL,
    FALSE, NULL, FALSE, 'RTP-TAK-2026-0121', 'Ask for the duty investigator at the front desk.', 'IN_PROGRESS',
    NULL, '2026-11-23 11:32:00.000', 1, 7, '2026-11-20 09:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (14, 'SPH-2026-000007', 7, 1, 'ACCEPTED', '2026-11-20 09:01:00.000', '2026-11-20 10:01:00.000', '2026-11-20 09:09:00.000', NULL),
    (15, 'SPH-2026-000007', 36, 1, 'WITHDRAWN', '2026-11-20 09:01:00.000', '2026-11-20 10:01:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (7, 'SPH-2026-000007', 7, '2026-11-23 11:30:00.000', '2026-11-23 14:00:00.000', 'ON_SITE', 'TAK', 'RTP-TAK-2026-0121',
    14, 'demo-seed', NULL, FALSE, '2026-11-20 09:09:00.000', NULL);

-- SPH-2026-000008 IN_PROGRESS: RTP-ATPD SCREENING_INTERVIEW REMOTE IMMEDIATE, mya-tha, 2026-11-23 19:15 Bangkok for 90 min; interpreter 20 (Yadanar Moe)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (8, 'SPH-2026-000008', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'SCREENING_INTERVIEW', 'REMOTE', 'IMMEDIATE',
    '2026-11-23 12:15:00.000', 90, 'mya', 'tha', NULL, NULL, NULL,
    FALSE, NULL, FALSE, 'RTP-2026-0063', 'Someone is waiting now; join the remote session as soon as you accept.', 'IN_PROGRESS',
    NULL, '2026-11-23 12:16:00.000', 1, 20, '2026-11-23 12:05:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (16, 'SPH-2026-000008', 20, 1, 'ACCEPTED', '2026-11-23 12:05:00.000', '2026-11-23 12:45:00.000', '2026-11-23 12:07:00.000', NULL),
    (17, 'SPH-2026-000008', 1, 1, 'WITHDRAWN', '2026-11-23 12:05:00.000', '2026-11-23 12:45:00.000', NULL, NULL),
    (18, 'SPH-2026-000008', 2, 1, 'WITHDRAWN', '2026-11-23 12:05:00.000', '2026-11-23 12:45:00.000', NULL, NULL),
    (19, 'SPH-2026-000008', 10, 1, 'WITHDRAWN', '2026-11-23 12:05:00.000', '2026-11-23 12:45:00.000', NULL, NULL),
    (20, 'SPH-2026-000008', 36, 1, 'WITHDRAWN', '2026-11-23 12:05:00.000', '2026-11-23 12:45:00.000', NULL, NULL),
    (21, 'SPH-2026-000008', 47, 1, 'WITHDRAWN', '2026-11-23 12:05:00.000', '2026-11-23 12:45:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (8, 'SPH-2026-000008', 20, '2026-11-23 12:15:00.000', '2026-11-23 13:45:00.000', 'REMOTE', NULL, 'RTP-2026-0063',
    16, 'demo-seed', NULL, FALSE, '2026-11-23 12:07:00.000', NULL);

-- SPH-2026-000009 ASSIGNED: RTP-ATPD LEGAL_PROCEEDING ON_SITE SCHEDULED, mya-tha, 2026-12-02 09:00 Bangkok for 240 min, BANGKOK; interpreter 1 (Aung Kyaw Min)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (9, 'SPH-2026-000009', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'LEGAL_PROCEEDING', 'ON_SITE', 'SCHEDULED',
    '2026-12-02 02:00:00.000', 240, 'mya', 'tha', 'BANGKOK', 'Criminal Court, witness waiting room', NULL,
    FALSE, 'LEGAL', FALSE, 'RTP-2026-0042', 'Court hearing; report to the witness support officer 30 minutes early.', 'ASSIGNED',
    NULL, '2026-11-18 03:07:00.000', 1, 1, '2026-11-18 03:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (22, 'SPH-2026-000009', 1, 1, 'ACCEPTED', '2026-11-18 03:01:00.000', '2026-11-18 04:01:00.000', '2026-11-18 03:07:00.000', NULL),
    (23, 'SPH-2026-000009', 47, 1, 'WITHDRAWN', '2026-11-18 03:01:00.000', '2026-11-18 04:01:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (9, 'SPH-2026-000009', 1, '2026-12-02 02:00:00.000', '2026-12-02 06:00:00.000', 'ON_SITE', 'BANGKOK', 'RTP-2026-0042',
    22, 'demo-seed', NULL, FALSE, '2026-11-18 03:07:00.000', NULL);

-- SPH-2026-000010 ASSIGNED: MSDHS-BKK CASE_MANAGEMENT REMOTE SCHEDULED, khm-tha, 2026-12-04 10:00 Bangkok for 60 min; interpreter 3 (Sokha Chan)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (10, 'SPH-2026-000010', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'CASE_MANAGEMENT', 'REMOTE', 'SCHEDULED',
    '2026-12-04 03:00:00.000', 60, 'khm', 'tha', NULL, NULL, NULL,
    FALSE, NULL, FALSE, 'MSDHS-2026-0311', 'Follow-up on the return plan; same social worker as last time.', 'ASSIGNED',
    NULL, '2026-11-20 02:48:00.000', 1, 3, '2026-11-20 02:30:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (24, 'SPH-2026-000010', 3, 1, 'ACCEPTED', '2026-11-20 02:31:00.000', '2026-11-20 03:31:00.000', '2026-11-20 02:48:00.000', NULL),
    (25, 'SPH-2026-000010', 22, 1, 'WITHDRAWN', '2026-11-20 02:31:00.000', '2026-11-20 03:31:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (10, 'SPH-2026-000010', 3, '2026-12-04 03:00:00.000', '2026-12-04 04:00:00.000', 'REMOTE', NULL, 'MSDHS-2026-0311',
    24, 'demo-seed', NULL, FALSE, '2026-11-20 02:48:00.000', NULL);

-- SPH-2026-000011 ASSIGNED: RTP-TAK RETURN_PROCESS ON_SITE SCHEDULED, mya-tha, 2026-12-09 08:30 Bangkok for 240 min, TAK; interpreter 36 (Naw Paw Htoo)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (11, 'SPH-2026-000011', 'RTP-TAK', 'demo-seed', 'RTP Tak anti-trafficking desk, ext. 112', 'RETURN_PROCESS', 'ON_SITE', 'SCHEDULED',
    '2026-12-09 01:30:00.000', 240, 'mya', 'tha', 'TAK', 'Immigration checkpoint at the Friendship Bridge, Mae Sot', NULL,
    FALSE, NULL, FALSE, 'RTP-TAK-2026-0098', 'Handover to the receiving team; bring water, there is a long wait.', 'ASSIGNED',
    'The person knows this interpreter from the shelter sessions; assigned by hand.', '2026-11-19 07:30:00.000', 1, 36, '2026-11-19 04:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (26, 'SPH-2026-000011', 10, 1, 'WITHDRAWN', '2026-11-19 04:01:00.000', '2026-11-19 05:01:00.000', NULL, NULL),
    (27, 'SPH-2026-000011', 47, 1, 'WITHDRAWN', '2026-11-19 04:01:00.000', '2026-11-19 05:01:00.000', NULL, NULL),
    (28, 'SPH-2026-000011', 36, 1, 'WITHDRAWN', '2026-11-19 04:01:00.000', '2026-11-19 05:01:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (11, 'SPH-2026-000011', 36, '2026-12-09 01:30:00.000', '2026-12-09 05:30:00.000', 'ON_SITE', 'TAK', 'RTP-TAK-2026-0098',
    NULL, 'demo-seed', 'The person knows this interpreter from the shelter sessions; assigned by hand.', FALSE, '2026-11-19 04:30:00.000', NULL);

-- SPH-2026-000012 OFFERED: RTP-ATPD SCREENING_INTERVIEW ON_SITE SCHEDULED, mya-tha, 2026-12-03 09:30 Bangkok for 180 min, SAMUT_SAKHON
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (12, 'SPH-2026-000012', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'SCREENING_INTERVIEW', 'ON_SITE', 'SCHEDULED',
    '2026-12-03 02:30:00.000', 180, 'mya', 'tha', 'SAMUT_SAKHON', 'Samut Sakhon provincial police station, interview room 3', 'FEMALE',
    FALSE, NULL, FALSE, 'RTP-2026-0057', 'Ask for the duty investigator at the front desk.', 'OFFERED',
    NULL, '2026-11-22 03:01:00.000', 1, NULL, '2026-11-22 03:00:00.000');
INSERT INTO booking_party (booking_id, party_kind, party_name) VALUES (12, 'ORGANISATION', 'Mahachai shrimp peeling shed');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (29, 'SPH-2026-000012', 2, 1, 'OPEN', '2026-11-22 03:01:00.000', '2026-12-03 02:30:00.000', NULL, NULL),
    (30, 'SPH-2026-000012', 1, 1, 'OPEN', '2026-11-22 03:01:00.000', '2026-12-03 02:30:00.000', NULL, NULL),
    (31, 'SPH-2026-000012', 15, 1, 'OPEN', '2026-11-22 03:01:00.000', '2026-12-03 02:30:00.000', NULL, NULL);

-- SPH-2026-000013 OFFERED: MSDHS-BKK MEDICAL ON_SITE SCHEDULED, khm-tha, 2026-12-07 13:00 Bangkok for 120 min, BANGKOK
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (13, 'SPH-2026-000013', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'MEDICAL', 'ON_SITE', 'SCHEDULED',
    '2026-12-07 06:00:00.000', 120, 'khm', 'tha', 'BANGKOK', 'Hospital outpatient clinic; meet at the social work desk', NULL,
    FALSE, 'MEDICAL', FALSE, 'MSDHS-2026-0324', 'Follow-up appointment; the social worker accompanies the person.', 'OFFERED',
    NULL, '2026-11-22 02:05:00.000', 2, NULL, '2026-11-21 02:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (32, 'SPH-2026-000013', 25, 1, 'DECLINED', '2026-11-21 02:01:00.000', '2026-11-22 02:01:00.000', '2026-11-21 10:45:00.000', 'Travelling back from Trat that day.'),
    (33, 'SPH-2026-000013', 3, 2, 'OPEN', '2026-11-22 02:05:00.000', '2026-12-07 06:00:00.000', NULL, NULL);

-- SPH-2026-000014 OFFERED: RTP-TAK SCREENING_INTERVIEW REMOTE SCHEDULED, mya-tha, 2026-12-14 10:00 Bangkok for 90 min
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (14, 'SPH-2026-000014', 'RTP-TAK', 'demo-seed', 'RTP Tak anti-trafficking desk, ext. 112', 'SCREENING_INTERVIEW', 'REMOTE', 'SCHEDULED',
    '2026-12-14 03:00:00.000', 90, 'mya', 'tha', NULL, NULL, 'FEMALE',
    TRUE, 'CHILDREN', TRUE, 'RTP-TAK-2026-0130', 'A minor; a child-protection officer is in the room. Short breaks every 30 minutes.', 'OFFERED',
    NULL, '2026-11-23 01:16:00.000', 1, NULL, '2026-11-23 01:15:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (34, 'SPH-2026-000014', 2, 1, 'OPEN', '2026-11-23 01:16:00.000', '2026-12-14 03:00:00.000', NULL, NULL),
    (35, 'SPH-2026-000014', 10, 1, 'OPEN', '2026-11-23 01:16:00.000', '2026-12-14 03:00:00.000', NULL, NULL),
    (36, 'SPH-2026-000014', 36, 1, 'OPEN', '2026-11-23 01:16:00.000', '2026-12-14 03:00:00.000', NULL, NULL);

-- SPH-2026-000015 OPEN: RTP-TAK SCREENING_INTERVIEW ON_SITE SCHEDULED, mya-tha, 2026-12-16 09:00 Bangkok for 120 min, TAK
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (15, 'SPH-2026-000015', 'RTP-TAK', 'demo-seed', 'RTP Tak anti-trafficking desk, ext. 112', 'SCREENING_INTERVIEW', 'ON_SITE', 'SCHEDULED',
    '2026-12-16 02:00:00.000', 120, 'mya', 'tha', 'TAK', 'Mae Sot police station, interview room 1', 'FEMALE',
    TRUE, NULL, FALSE, 'RTP-TAK-2026-0117', 'Second interview on the same case; ask for the duty investigator.', 'OPEN',
    NULL, '2026-11-23 04:00:00.000', 0, NULL, '2026-11-23 04:00:00.000');

-- SPH-2026-000016 OPEN: MSDHS-BKK PSYCHOSOCIAL_SESSION REMOTE SCHEDULED, lao-tha, 2027-01-12 14:00 Bangkok for 60 min
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (16, 'SPH-2026-000016', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'PSYCHOSOCIAL_SESSION', 'REMOTE', 'SCHEDULED',
    '2027-01-12 07:00:00.000', 60, 'lao', 'tha', NULL, NULL, NULL,
    FALSE, 'PSYCHOSOCIAL', FALSE, 'MSDHS-2026-0322', 'Remote session; the social worker joins from the shelter meeting room.', 'OPEN',
    NULL, '2026-11-23 02:40:00.000', 0, NULL, '2026-11-23 02:40:00.000');

-- SPH-2026-000017 OPEN: RTP-ATPD CASE_MANAGEMENT ON_SITE SCHEDULED, rhg-tha, 2027-01-19 10:00 Bangkok for 120 min, RANONG
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (17, 'SPH-2026-000017', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'CASE_MANAGEMENT', 'ON_SITE', 'SCHEDULED',
    '2027-01-19 03:00:00.000', 120, 'rhg', 'tha', 'RANONG', 'Ranong immigration detention centre, visitors room', 'MALE',
    FALSE, NULL, FALSE, 'RTP-2026-0071', 'Case review with the investigator; bring your Saphan ID for the gate.', 'OPEN',
    NULL, '2026-11-23 03:15:00.000', 0, NULL, '2026-11-23 03:15:00.000');

-- SPH-2026-000018 CANCELLED: RTP-ATPD SCREENING_INTERVIEW ON_SITE SCHEDULED, rhg-tha, 2026-12-04 09:00 Bangkok for 120 min, PHANG_NGA; interpreter 9 (Rahim Ullah)
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (18, 'SPH-2026-000018', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'SCREENING_INTERVIEW', 'ON_SITE', 'SCHEDULED',
    '2026-12-04 02:00:00.000', 120, 'rhg', 'tha', 'PHANG_NGA', 'Takua Pa police station, interview room', NULL,
    FALSE, NULL, FALSE, 'RTP-2026-0066', 'Ask for the duty investigator at the front desk.', 'CANCELLED',
    'The person was moved to a shelter in Bangkok; a new booking will follow there.', '2026-11-21 09:20:00.000', 1, 9, '2026-11-16 07:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (37, 'SPH-2026-000018', 9, 1, 'ACCEPTED', '2026-11-16 07:01:00.000', '2026-11-16 08:01:00.000', '2026-11-16 07:30:00.000', NULL),
    (38, 'SPH-2026-000018', 41, 1, 'WITHDRAWN', '2026-11-16 07:01:00.000', '2026-11-16 08:01:00.000', NULL, NULL);
INSERT INTO assignment (id, booking_reference, interpreter_id, starts_at, ends_at, booking_mode, province, case_code,
    offer_id, assigned_by, reason, override_used, assigned_at, released_at)
VALUES (12, 'SPH-2026-000018', 9, '2026-12-04 02:00:00.000', '2026-12-04 04:00:00.000', 'ON_SITE', 'PHANG_NGA', 'RTP-2026-0066',
    37, 'demo-seed', NULL, FALSE, '2026-11-16 07:30:00.000', '2026-11-21 09:20:00.000');

-- SPH-2026-000019 CANCELLED: MSDHS-BKK RETURN_PROCESS ON_SITE SCHEDULED, khm-tha, 2026-12-11 08:30 Bangkok for 240 min, SA_KAEO
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (19, 'SPH-2026-000019', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'RETURN_PROCESS', 'ON_SITE', 'SCHEDULED',
    '2026-12-11 01:30:00.000', 240, 'khm', 'tha', 'SA_KAEO', 'Aranyaprathet border checkpoint, reception office', NULL,
    FALSE, NULL, FALSE, 'MSDHS-2026-0299', 'Handover to the receiving team at the border.', 'CANCELLED',
    'The embassy moved the return date; a new booking will follow once it is confirmed.', '2026-11-19 02:10:00.000', 1, NULL, '2026-11-17 03:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (39, 'SPH-2026-000019', 3, 1, 'WITHDRAWN', '2026-11-17 03:01:00.000', '2026-11-18 03:01:00.000', NULL, NULL),
    (40, 'SPH-2026-000019', 22, 1, 'WITHDRAWN', '2026-11-17 03:01:00.000', '2026-11-18 03:01:00.000', NULL, NULL),
    (41, 'SPH-2026-000019', 23, 1, 'DECLINED', '2026-11-17 03:01:00.000', '2026-11-18 03:01:00.000', '2026-11-17 05:00:00.000', NULL);

-- SPH-2026-000020 CANCELLED: RTP-TAK MEDICAL ON_SITE SCHEDULED, mya-tha, 2026-12-01 10:00 Bangkok for 60 min, TAK
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (20, 'SPH-2026-000020', 'RTP-TAK', 'demo-seed', 'RTP Tak anti-trafficking desk, ext. 112', 'MEDICAL', 'ON_SITE', 'SCHEDULED',
    '2026-12-01 03:00:00.000', 60, 'mya', 'tha', 'TAK', 'Mae Sot hospital, forensic unit', 'FEMALE',
    TRUE, 'MEDICAL', FALSE, 'RTP-TAK-2026-0125', 'Ask for the duty nurse at the forensic unit.', 'CANCELLED',
    'Booked twice by mistake; the other booking stands.', '2026-11-22 08:20:00.000', 0, NULL, '2026-11-22 08:00:00.000');

-- SPH-2026-000021 UNFILLED: RTP-ATPD SCREENING_INTERVIEW ON_SITE IMMEDIATE, rhg-tha, 2026-11-14 23:40 Bangkok for 120 min, SONGKHLA
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (21, 'SPH-2026-000021', 'RTP-ATPD', 'demo-seed', 'ATPD duty desk, ext. 204', 'SCREENING_INTERVIEW', 'ON_SITE', 'IMMEDIATE',
    '2026-11-14 16:40:00.000', 120, 'rhg', 'tha', 'SONGKHLA', 'Sadao police station, interview room', NULL,
    FALSE, NULL, FALSE, 'RTP-2026-0060', 'Someone is waiting now at the station.', 'UNFILLED',
    'No interpreter took the booking in time.', '2026-11-14 17:10:00.000', 0, NULL, '2026-11-14 16:38:00.000');

-- SPH-2026-000022 UNFILLED: RTP-TAK LEGAL_PROCEEDING ON_SITE SCHEDULED, ksw-tha, 2026-11-20 09:00 Bangkok for 180 min, TAK
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (22, 'SPH-2026-000022', 'RTP-TAK', 'demo-seed', 'RTP Tak anti-trafficking desk, ext. 112', 'LEGAL_PROCEEDING', 'ON_SITE', 'SCHEDULED',
    '2026-11-20 02:00:00.000', 180, 'ksw', 'tha', 'TAK', 'Tak provincial court, witness waiting room', NULL,
    FALSE, 'LEGAL', FALSE, 'RTP-TAK-2026-0109', 'Court hearing; report to the witness support officer 30 minutes early.', 'UNFILLED',
    'No interpreter took the booking in time.', '2026-11-20 02:00:00.000', 1, NULL, '2026-11-13 02:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (42, 'SPH-2026-000022', 7, 1, 'DECLINED', '2026-11-13 02:01:00.000', '2026-11-14 02:01:00.000', '2026-11-13 11:30:00.000', 'Away at a family event that week.');

-- SPH-2026-000023 UNFILLED: MSDHS-BKK CASE_MANAGEMENT ON_SITE SCHEDULED, mnw-tha, 2026-11-20 08:00 Bangkok for 60 min, SAMUT_SAKHON
INSERT INTO booking (id, reference, requester_agency, requester_subject, requester_contact, purpose, booking_mode, urgency,
    starts_at, duration_minutes, person_language, other_language, province, place, interpreter_gender,
    interpreter_gender_required, specialisation, person_is_minor, case_code, note_for_interpreter, status,
    status_reason, status_changed_at, current_wave, interpreter_id, created_at)
VALUES (23, 'SPH-2026-000023', 'MSDHS-BKK', 'demo-seed', 'Shelter case team, Bangkok office', 'CASE_MANAGEMENT', 'ON_SITE', 'SCHEDULED',
    '2026-11-20 01:00:00.000', 60, 'mnw', 'tha', 'SAMUT_SAKHON', 'Shelter meeting room 1', NULL,
    FALSE, NULL, FALSE, 'MSDHS-2026-0301', 'Ask for the duty social worker at the gate.', 'UNFILLED',
    'No interpreter took the booking in time.', '2026-11-20 01:00:00.000', 1, NULL, '2026-11-18 10:00:00.000');
INSERT INTO offer (id, booking_reference, interpreter_id, wave, status, created_at, expires_at, answered_at,
    decline_reason) VALUES
    (43, 'SPH-2026-000023', 8, 1, 'EXPIRED', '2026-11-18 10:01:00.000', '2026-11-19 10:01:00.000', NULL, NULL),
    (44, 'SPH-2026-000023', 38, 1, 'EXPIRED', '2026-11-18 10:01:00.000', '2026-11-19 10:01:00.000', NULL, NULL);

-- Never assign these interpreters to these cases (the candidates page shows them as EXCLUDED_FOR_CASE).
INSERT INTO case_exclusion (id, case_code, interpreter_id, reason, excluded_by, agency, created_at) VALUES
    (1, 'RTP-2026-0042', 15, 'The person asked not to work with this interpreter, who is known in their community.', 'demo-seed', 'RTP-ATPD', '2026-11-13 02:10:00.000'),
    (2, 'RTP-TAK-2026-0117', 11, 'Interpreter recused: comes from the same village as the person''s family.', 'demo-seed', 'RTP-TAK', '2026-11-06 07:00:00.000'),
    (3, 'MSDHS-2026-0311', 24, 'The person asked for a different interpreter after one session.', 'demo-seed', 'MSDHS-BKK', '2026-11-02 04:30:00.000');

-- New bookings take their numbers from the sequence: start well past the 23 demo references, so none collides.
ALTER SEQUENCE booking_reference_seq RESTART WITH 1000;
