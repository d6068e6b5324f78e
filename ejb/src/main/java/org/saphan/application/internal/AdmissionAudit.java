package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.gateway.Attendance;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.Channel;

/**
 * The confidentiality log's lines for sockets: who was let into a room or a feed (or refused), who came in with a join
 * code or came back, and who left after how long. The actor is the ticket's holder, not the request's caller: a socket
 * is redeemed without a token, and a guest is nobody's account. Never what was said.
 */
@ApplicationScoped
public class AdmissionAudit {

    @Inject
    AuditTrail audit;

    /**
     * A socket admitted or refused: a join of the room (or of the feed), by the ticket's holder.
     *
     * @param room the room the socket asked for; null for a feed
     * @param why why it was refused; null when admitted
     */
    void socket(Grant grant, BookingReference room, Outcome outcome, String why) {
        boolean session = grant.channel() == Channel.SESSION;
        if (session) {
            BookingReference joined = room == null ? grant.booking() : room;
            audit.append(AuditRecord.of(actorOf(grant), AuditAction.SESSION_JOIN, "booking", joined.value(), outcome,
                    why, audit.requestId()));
            return;
        }
        boolean coordinator = Grant.COORDINATOR.equals(grant.role());
        String feedType = grant.interpreterId() != null ? "interpreter" : coordinator ? "feed" : "agency";
        Object feedId = grant.interpreterId() != null
                ? grant.interpreterId()
                : coordinator ? Grant.COORDINATOR : grant.agency();
        audit.append(AuditRecord.of(actorOf(grant), AuditAction.GATEWAY_TICKET, feedType, feedId, outcome,
                why == null ? "notifications socket opened" : why, audit.requestId()));
    }

    /** A guest came in with a join code ({@code GUEST_CODE_REDEEM}) or came back ({@code GUEST_REJOIN}). */
    void guest(AuditAction action, String guestSubject, BookingReference room) {
        audit.append(AuditRecord.of(new Actor(guestSubject, null, Grant.GUEST, null), action, "booking", room.value(),
                Outcome.ALLOWED, null, audit.requestId()));
    }

    /** A participant left: the same actor as at the join, how long it stayed and how many bytes it moved. */
    void left(Attendance a) {
        audit.append(AuditRecord.of(new Actor(a.subject() == null ? a.participant() : a.subject(), a.username(),
                a.role(), a.agency()), AuditAction.SESSION_LEAVE, "booking", a.booking().value(), Outcome.ALLOWED,
                "stayed " + Duration.between(a.joinedAt(), a.leftAt()).toSeconds() + " s, " + a.bytesIn()
                        + " bytes in, " + a.bytesOut() + " bytes out, close code " + a.closeCode(),
                null));
    }

    private static Actor actorOf(Grant grant) {
        return new Actor(grant.subject(), grant.username(), grant.role(), grant.agency());
    }
}
