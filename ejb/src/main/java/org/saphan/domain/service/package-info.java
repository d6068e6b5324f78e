/**
 * Rules that span aggregates: matching interpreters to a booking (hard rules, then ranking) over immutable snapshots
 * of the pool. Pure and fast: it uses the model's values, never JPA, I/O or the clock.
 */
package org.saphan.domain.service;
