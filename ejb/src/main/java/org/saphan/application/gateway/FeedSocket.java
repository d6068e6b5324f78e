package org.saphan.application.gateway;

/**
 * One open socket of a live feed, as the application's pushes reach it. The gateway implements it over a WebSocket
 * with a bounded outbox, so that a push never blocks and a slow receiver never makes the server hold an unbounded
 * backlog.
 */
public interface FeedSocket {

    boolean isOpen();

    /** Queues a message; false when the socket is closed or too far behind (it is then closed). */
    boolean sendText(String json);

    /** Closes the socket because the server stops (1001), so that its page reconnects to another. */
    void serverStops();
}
