package org.saphan.infrastructure.cluster;

import java.io.Serial;
import java.io.Serializable;
import org.wildfly.clustering.server.dispatcher.Command;

/**
 * Live messages on their way from the node where the change committed to another node, which pushes them to the
 * sockets it holds. It carries each message as the phone will read it (rendered once, on the committing node, the
 * same text its own sockets got), or for a changed booking only its reference, since each node reads the booking as
 * each of its staff may see it. A wave of offers, or the offers withdrawn in one act, travel as one notice. A plain
 * serializable class: the command dispatcher marshals it between nodes.
 */
final class Notice implements Command<Void, ClusterRelay, RuntimeException>, Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    enum Kind {
        /** Offers, each to one interpreter: each dropped where its withdrawal came first. */
        OFFERS,
        /** Offers taken back: each remembered, then pushed. */
        WITHDRAWALS,
        /** Any other message for one interpreter's sockets (assigned, cancelled). */
        INTERPRETER,
        /** A message for every coordinator's feed (nobody on call). */
        COORDINATORS,
        /** A booking changed: each node reads it again for its requesters and coordinators. */
        BOOKING
    }

    final Kind kind;
    /** Whose each message is; empty for the coordinators and for a booking. */
    final long[] interpreterIds;
    /** The offer each message is about, for {@link Kind#OFFERS} and {@link Kind#WITHDRAWALS}. */
    final long[] offerIds;
    /** The messages themselves, or the booking's reference for {@link Kind#BOOKING}. */
    final String[] texts;

    private Notice(Kind kind, long[] interpreterIds, long[] offerIds, String[] texts) {
        this.kind = kind;
        this.interpreterIds = interpreterIds;
        this.offerIds = offerIds;
        this.texts = texts;
    }

    static Notice offers(long[] interpreterIds, long[] offerIds, String[] json) {
        return new Notice(Kind.OFFERS, interpreterIds, offerIds, json);
    }

    static Notice withdrawals(long[] interpreterIds, long[] offerIds, String[] json) {
        return new Notice(Kind.WITHDRAWALS, interpreterIds, offerIds, json);
    }

    static Notice toInterpreter(long interpreterId, String json) {
        return new Notice(Kind.INTERPRETER, new long[]{interpreterId}, new long[0], new String[]{json});
    }

    static Notice toCoordinators(String json) {
        return new Notice(Kind.COORDINATORS, new long[0], new long[0], new String[]{json});
    }

    static Notice bookingChanged(String reference) {
        return new Notice(Kind.BOOKING, new long[0], new long[0], new String[]{reference});
    }

    /** Runs on the receiving node. */
    @Override
    public Void execute(ClusterRelay relay) {
        relay.deliver(this);
        return null;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case BOOKING -> kind + " " + texts[0];
            case COORDINATORS -> kind.toString();
            default -> kind + " to " + interpreterIds.length + " interpreter(s)";
        };
    }
}
