/**
 * Keeps the confidentiality log's signed checkpoints outside the database: the HMAC key (from SAPHAN_AUDIT_KEY, or
 * generated once into the server's data directory) and the append-only checkpoint file of each chain.
 */
package org.saphan.infrastructure.audit;
