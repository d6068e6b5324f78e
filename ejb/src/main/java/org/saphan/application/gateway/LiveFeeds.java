package org.saphan.application.gateway;

/**
 * The registry of live feed sockets that the application's events are pushed to: interpreters' sockets by profile,
 * requesters' by agency and coordinators', each with a cap per person. The gateway registers the sockets it opens
 * here; the implementation lives beside the observers of the application's events, which only beans of the module
 * that fires them hear.
 */
public interface LiveFeeds {

    /** Sockets one interpreter may hold at once (a phone, a tablet, a reconnect in flight). */
    int MAX_SOCKETS_PER_INTERPRETER = 3;

    /** Sockets one requester or coordinator (by subject) may hold at once: a few tabs and phones. */
    int MAX_SOCKETS_PER_STAFF = 5;

    /** @return false when the interpreter already holds the most sockets it may */
    boolean connect(long interpreterId, FeedSocket socket);

    /** The interpreter's sockets that are open now. */
    int connectedCount(long interpreterId);

    void disconnect(long interpreterId, FeedSocket socket);

    /** @return false when this requester or coordinator already holds the most sockets it may */
    boolean connectStaff(Grant grant, FeedSocket socket);

    void disconnectStaff(Grant grant, FeedSocket socket);

    /** A feed message as every feed speaks it: {@code {"type":type, key:value}} in JSON. */
    String message(String type, String key, Object value);
}
