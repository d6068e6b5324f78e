-- Saphan on several nodes (issue 14).
-- A lease per job that must run once in the whole cluster (the offer clock): the node that holds it runs the job and
-- renews it on every run; when the holder dies the lease runs out and another node takes it. Times are epoch
-- milliseconds of the nodes' clocks, which NTP keeps far closer together than the lease's term.
CREATE TABLE cluster_lease (
    name       VARCHAR(40)  NOT NULL,
    holder     VARCHAR(120) NOT NULL,
    expires_at BIGINT       NOT NULL,
    CONSTRAINT pk_cluster_lease PRIMARY KEY (name)
);
INSERT INTO cluster_lease (name, holder, expires_at) VALUES ('offer-clock', '', 0);

-- Wrong join codes per address and window, counted across the nodes. The address is kept only as its SHA-256, and a
-- row only while its window runs.
CREATE TABLE guess_window (
    address_hash VARCHAR(64) NOT NULL,
    started_at   BIGINT      NOT NULL,
    failures     INT         NOT NULL,
    CONSTRAINT pk_guess_window PRIMARY KEY (address_hash)
);
