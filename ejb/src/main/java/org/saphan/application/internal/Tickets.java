package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.Ticket;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.session.IssuedTicket;
import org.saphan.domain.model.session.TicketRepository;

/**
 * Tickets made and spent, for signed-in callers and guests alike: a random secret handed out once, and its SHA-256
 * kept with the grant it stands for. Redeeming is one conditional write in the repository, so a ticket works once
 * even with several servers.
 */
@ApplicationScoped
public class Tickets {

    static final Duration LIFETIME = Duration.ofSeconds(30);

    @Inject
    TicketRepository repository;

    /** A new ticket for what {@code grant} allows, redeemable for {@link #LIFETIME} from {@code now}. */
    Ticket issue(Grant grant, Instant now) {
        String secret = Secrets.random();
        repository.store(new IssuedTicket(Secrets.hash(secret), grant.channel(), grant.booking(), grant.subject(),
                grant.username(), grant.role(), grant.agency(),
                grant.interpreterId() == null ? null : InterpreterId.of(grant.interpreterId()), now,
                now.plus(LIFETIME), grant.identityExpiresAt()));
        return new Ticket(secret, now.plus(LIFETIME), grant.booking() == null ? null : grant.booking().value());
    }

    /** Spends the ticket: what it grants, once; empty when it is malformed, unknown, used or expired. */
    Optional<Grant> spend(String ticket, Instant now) {
        if (ticket == null || ticket.isEmpty() || ticket.length() > Secrets.MAX_LENGTH) {
            return Optional.empty();
        }
        return repository.redeem(Secrets.hash(ticket), now).map(Tickets::grantOf);
    }

    private static Grant grantOf(IssuedTicket t) {
        return new Grant(t.channel(), t.booking(), t.subject(), t.username(), t.role(), t.agency(),
                t.interpreter() == null ? null : t.interpreter().value(), t.identityExpiresAt());
    }
}
