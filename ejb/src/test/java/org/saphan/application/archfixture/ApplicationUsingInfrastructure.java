package org.saphan.application.archfixture;

import org.saphan.infrastructure.persistence.jpa.JpaBookingRepository;

/** An application class that reaches past the domain's port to its JPA adapter (test sources only): it breaks a rule. */
public class ApplicationUsingInfrastructure {

    JpaBookingRepository bookings;
}
