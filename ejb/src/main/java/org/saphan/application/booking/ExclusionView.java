package org.saphan.application.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An interpreter excluded from one agency's case. */
@JsonbPropertyOrder({"caseCode", "agency", "interpreterId", "reason", "createdAt"})
public record ExclusionView(String caseCode, String agency, long interpreterId, String reason, Instant createdAt) {
}
