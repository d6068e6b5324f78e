package org.saphan.application;

/**
 * Jobs that run once in the whole cluster, however many servers run Saphan: a server runs such a job only while it
 * holds the job's lease. A lease is an economy, not the guard of correctness: the jobs work under row locks and are
 * idempotent, so two holders for a moment still do each piece of work once.
 */
public interface Leases {

    /**
     * Takes or renews the lease of the job {@code name} for one term.
     *
     * @return whether this server holds it now and should run the job
     */
    boolean hold(String name);
}
