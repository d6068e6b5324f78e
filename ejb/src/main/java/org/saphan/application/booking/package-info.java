/**
 * What the booking use cases take and return: the input as the API receives it, the allow-list of booking fields
 * per role, the views of offers and candidates. Plain records and maps; no entity leaves the application layer.
 */
package org.saphan.application.booking;
