package org.saphan.infrastructure.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Joins the cluster as the application starts, so that other nodes' notices arrive before the first socket opens. */
@Singleton
@Startup
public class ClusterStart {

    @Inject
    ClusterRelay relay;

    @PostConstruct
    void join() {
        relay.join();
    }
}
