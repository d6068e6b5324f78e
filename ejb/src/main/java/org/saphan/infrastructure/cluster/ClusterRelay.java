package org.saphan.infrastructure.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saphan.application.events.BookingChanged;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.infrastructure.gateway.LiveNotifications;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.Registration;
import org.wildfly.clustering.server.dispatcher.CommandDispatcher;
import org.wildfly.clustering.server.dispatcher.CommandDispatcherFactory;

/**
 * Carries the live messages from the node where they committed to every other node of the cluster, whose
 * {@link LiveNotifications} pushes them to the sockets it holds. The node itself delivers its own messages
 * ({@code LiveNotices}, the one observer of the application's events), and hands this relay the same texts, rendered
 * once, to send on through WildFly's command dispatcher over its JGroups channel ({@code ee}: TCP on 127.0.0.1 unless
 * configured otherwise, members found through a discovery directory they share). A node alone sends nothing. A wave
 * of offers travels as one notice. Messages from one node reach another in the order they were sent; across nodes,
 * {@link OfferOrder} keeps a withdrawal from being overtaken by its offer. A notice lost with a dying node is not lost
 * to the phone: a feed that reconnects gets its open offers again from the database.
 */
@ApplicationScoped
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());
    private static final String DISPATCHER_ID = "saphan-live-notices";

    /** WildFly's dispatcher factory on its JGroups channel {@code ee}; asking for it starts the channel. */
    @Resource(lookup = "java:jboss/clustering/server/command-dispatcher-factory/ee")
    CommandDispatcherFactory<GroupMember> factory;

    @Inject
    LiveNotifications live;

    private volatile CommandDispatcher<GroupMember, ClusterRelay> dispatcher;
    private Registration membership;

    /** Joins the cluster's dispatcher as the application starts ({@link ClusterStart}). */
    synchronized void join() {
        if (dispatcher == null) {
            dispatcher = factory.createCommandDispatcher(DISPATCHER_ID, this, Notice.class.getClassLoader());
            // who is in the cluster, in the log whenever it changes: the first thing to look at when a node is lost
            membership = factory.getGroup().register(event -> LOG.info(() -> "Cluster members now "
                    + names(event.getCurrentMembership().getMembers()) + " (joined " + names(event.getJoiners())
                    + ", left " + names(event.getLeavers()) + ")"));
            LOG.info(() -> "Joined cluster " + factory.getGroup().getName() + " as "
                    + factory.getGroup().getLocalMember().getName() + ", members "
                    + factory.getGroup().getMembership().getMembers().size());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (dispatcher != null) {
            membership.close();
            dispatcher.close();
            dispatcher = null;
        }
    }

    /** A wave of offers, each message rendered once by the node that committed it. */
    public void offers(long[] interpreterIds, long[] offerIds, String[] json) {
        send(Notice.offers(interpreterIds, offerIds, json));
    }

    /** Offers withdrawn in one act. */
    public void withdrawals(long[] interpreterIds, long[] offerIds, String[] json) {
        send(Notice.withdrawals(interpreterIds, offerIds, json));
    }

    public void toInterpreter(long interpreterId, String json) {
        send(Notice.toInterpreter(interpreterId, json));
    }

    public void toCoordinators(String json) {
        send(Notice.toCoordinators(json));
    }

    public void bookingChanged(BookingReference reference) {
        send(Notice.bookingChanged(reference.value()));
    }

    /** Pushes a notice from another node to this node's sockets. */
    void deliver(Notice notice) {
        LOG.fine(() -> "Delivering " + notice + " from another node");
        switch (notice.kind) {
            case OFFERS -> {
                for (int i = 0; i < notice.texts.length; i++) {
                    live.pushOffer(notice.interpreterIds[i], notice.offerIds[i], notice.texts[i]);
                }
            }
            case WITHDRAWALS -> {
                for (int i = 0; i < notice.texts.length; i++) {
                    live.pushWithdrawal(notice.interpreterIds[i], notice.offerIds[i], notice.texts[i]);
                }
            }
            case INTERPRETER -> live.push(notice.interpreterIds[0], notice.texts[0]);
            case COORDINATORS -> live.pushToCoordinators(notice.texts[0]);
            case BOOKING -> live.bookingChanged(new BookingChanged(BookingReference.parse(notice.texts[0])));
        }
    }

    private static List<String> names(Collection<GroupMember> members) {
        return members.stream().map(GroupMember::getName).sorted().toList();
    }

    private void send(Notice notice) {
        CommandDispatcher<GroupMember, ClusterRelay> d = dispatcher;
        if (d == null) { // not joined yet: no socket of this node's is open before, and the others reconnect anyway
            return;
        }
        GroupMember self = factory.getGroup().getLocalMember();
        List<GroupMember> others = factory.getGroup().getMembership().getMembers().stream()
                .filter(m -> !m.equals(self)).toList();
        if (others.isEmpty()) {
            return;
        }
        LOG.fine(() -> "Relaying " + notice + " to " + names(others));
        try {
            // the set names the members left out: every member but this node, which delivered already
            for (var answer : d.dispatchToGroup(notice, Set.of(self)).entrySet()) {
                CompletionStage<Void> done = answer.getValue();
                done.whenComplete((ok, failure) -> {
                    if (failure != null) {
                        // a member that just left; its sockets reconnect elsewhere and read their state afresh
                        LOG.log(Level.WARNING, failure, () -> "Notice " + notice + " did not reach " + answer.getKey()
                                .getName());
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not relay " + notice + " to the other nodes", e);
        }
    }
}
