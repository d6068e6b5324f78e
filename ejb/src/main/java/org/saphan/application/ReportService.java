package org.saphan.application;

import org.saphan.application.report.CoverageView;

/** Reports for coordinators, computed by the database; each read is an entry of the confidentiality log. */
public interface ReportService {

    /** Days ahead within which an interpreter's vetting counts as "ending soon". */
    int VETTING_HORIZON_DAYS = 60;

    /**
     * Coverage of the bookings that start in the period, per language and per province for on-site work, with the
     * pool that serves them today.
     *
     * @param from a date (a whole day in Thailand) or a UTC instant; 30 days before {@code to} when absent
     * @param to a date (inclusive) or a UTC instant (exclusive); now when absent
     */
    CoverageView coverage(String from, String to);
}
