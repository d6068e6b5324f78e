/**
 * What the booking use cases take and return: the input as the API receives it, the allow-list of booking fields
 * per role, and the views of bookings, offers, candidates, exclusions and overrides as records (a null component is
 * left out of the JSON); no entity leaves the application layer. Also the application's own ports for booking:
 * the Idempotency-Keys of booking requests and the matching settings, implemented by infrastructure.
 */
package org.saphan.application.booking;
