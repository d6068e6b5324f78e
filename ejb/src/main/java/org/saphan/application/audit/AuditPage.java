package org.saphan.application.audit;

import java.util.List;

/** A page of entries, newest first. */
public record AuditPage(List<AuditEntryView> entries, int page, int size, long total) {
}
