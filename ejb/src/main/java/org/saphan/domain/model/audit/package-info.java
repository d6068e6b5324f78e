/**
 * The confidentiality log: one {@link org.saphan.domain.model.audit.AuditEntry} per act, chained by SHA-256 over a
 * deterministic serialisation ({@link org.saphan.domain.model.audit.AuditChain}), appended through
 * {@link org.saphan.domain.model.audit.AuditLog}. Plain Java and JPA mapping only; no container or interface types.
 */
package org.saphan.domain.model.audit;
