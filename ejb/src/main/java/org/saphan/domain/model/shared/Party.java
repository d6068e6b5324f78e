package org.saphan.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;

/**
 * A community, organisation or person. An interpreter declares the parties it must never work with (its conflicts);
 * a booking names the parties involved. Two parties are the same when kind and name match, ignoring case and extra
 * spaces, because people type them by hand.
 */
@Embeddable
public class Party {

    public static final int MAX_NAME = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 16)
    private ConflictKind kind;

    @Column(name = "party_name", nullable = false, length = MAX_NAME)
    private String name;

    /** For JPA only. */
    protected Party() {
    }

    public Party(ConflictKind kind, String name) {
        this.kind = ValidationException.requirePresent(kind, "conflicts",
                "The kind of party is missing: COMMUNITY, ORGANISATION or PERSON.");
        String cleaned = ValidationException.requireText(name, "conflicts", "The name of the party is missing.")
                .replaceAll("\\s+", " ");
        this.name = ValidationException.requireAtMost(cleaned, MAX_NAME, "conflicts", "The name of the party");
    }

    public ConflictKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The form two parties are compared in: kind and lower-case name. */
    public String matchKey() {
        return kind.name() + ':' + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Party that && matchKey().equals(that.matchKey());
    }

    @Override
    public int hashCode() {
        return Objects.hash(matchKey());
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
