package org.saphan.infrastructure.cluster;

import java.io.Serial;
import java.io.Serializable;
import org.wildfly.clustering.server.dispatcher.Command;

/**
 * One live notice on its way from the node where the change committed to another node, which pushes it to the
 * sockets it holds. It carries the message as the phone will read it (rendered once, on the committing node), or for a
 * changed booking only its reference, since each node reads the booking as each of its staff may see it. A plain
 * serializable class: the command dispatcher marshals it between nodes.
 */
final class Notice implements Command<Void, ClusterRelay, RuntimeException>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    enum Kind {
        /** An offer to one interpreter: dropped where its withdrawal came first. */
        OFFER,
        /** An offer taken back: remembered, then pushed. */
        WITHDRAWAL,
        /** Any other message for one interpreter's sockets (assigned, cancelled). */
        INTERPRETER,
        /** A message for every coordinator's feed (nobody on call). */
        COORDINATORS,
        /** A booking changed: each node reads it again for its requesters and coordinators. */
        BOOKING
    }

    final Kind kind;
    final long interpreterId;
    final long offerId;
    /** The message itself, or the booking's reference for {@link Kind#BOOKING}. */
    final String text;

    private Notice(Kind kind, long interpreterId, long offerId, String text) {
        this.kind = kind;
        this.interpreterId = interpreterId;
        this.offerId = offerId;
        this.text = text;
    }

    static Notice offer(long interpreterId, long offerId, String json) {
        return new Notice(Kind.OFFER, interpreterId, offerId, json);
    }

    static Notice withdrawal(long interpreterId, long offerId, String json) {
        return new Notice(Kind.WITHDRAWAL, interpreterId, offerId, json);
    }

    static Notice toInterpreter(long interpreterId, String json) {
        return new Notice(Kind.INTERPRETER, interpreterId, 0, json);
    }

    static Notice toCoordinators(String json) {
        return new Notice(Kind.COORDINATORS, 0, 0, json);
    }

    static Notice bookingChanged(String reference) {
        return new Notice(Kind.BOOKING, 0, 0, reference);
    }

    /** Runs on the receiving node. */
    @Override
    public Void execute(ClusterRelay relay) {
        relay.deliver(this);
        return null;
    }

    @Override
    public String toString() {
        return kind + (kind == Kind.BOOKING ? " " + text : " to interpreter " + interpreterId);
    }
}
