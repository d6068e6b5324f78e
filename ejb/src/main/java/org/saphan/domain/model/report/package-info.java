/**
 * Reports for coordinators: read models computed by the database over many bookings (coverage per language and
 * province), the period they cover and the port that computes them. Uses only {@code shared}.
 */
package org.saphan.domain.model.report;
