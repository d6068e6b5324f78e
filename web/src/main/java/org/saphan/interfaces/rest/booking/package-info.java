/** REST resources for bookings, offers and case exclusions: JSON in, application calls, the role's view out. */
package org.saphan.interfaces.rest.booking;
