package org.saphan.application.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A hand assignment that set a matching rule aside, and its review by a second coordinator; the review's fields only
 * once it was reviewed.
 */
@JsonbPropertyOrder({"reference", "interpreterId", "rule", "reason", "assignedBy", "assignedAt", "released",
        "reviewedBy", "reviewedAt", "reviewNote"})
public record OverrideView(String reference, long interpreterId, String rule, String reason, String assignedBy,
        Instant assignedAt, boolean released, String reviewedBy, Instant reviewedAt, String reviewNote) {
}
