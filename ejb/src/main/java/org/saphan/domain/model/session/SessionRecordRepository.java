package org.saphan.domain.model.session;

/** The attendance of session rooms, one record per stay, kept for the confidentiality review. */
public interface SessionRecordRepository {

    void add(SessionRecord record);
}
