package org.saphan.domain.model.audit;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one entry says, before the log gives it its place in the chain: who, what, on which object (by pseudonymous
 * id), how it ended, why (a purpose or a reason a person typed on purpose), and the request it belongs to.
 * Every text is escaped on the way in, so that nothing stored can break a line of a log or of an export.
 */
public record AuditRecord(Actor actor, AuditAction action, String objectType, String objectId, List<String> objectIds,
        Outcome outcome, String reason, String requestId) {

    public static final int MAX_REASON = 1000;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        objectType = clip(escape(objectType), 32);
        objectId = safeId(objectId);
        objectIds = objectIds == null ? List.of() : objectIds.stream().map(AuditRecord::safeId).toList();
        reason = clip(escape(reason), MAX_REASON);
        requestId = safeId(requestId);
    }

    public static AuditRecord of(Actor actor, AuditAction action, String objectType, Object objectId,
            Outcome outcome, String reason, String requestId) {
        return new AuditRecord(actor, action, objectType, objectId == null ? null : String.valueOf(objectId), List.of(),
                outcome, reason, requestId);
    }

    /**
     * An identifier as it may be stored: letters, digits and {@code . _ : -}, at most 64 characters. Anything else
     * (a path parameter someone typed, which could hold a name) is stored as {@code (invalid)}.
     */
    public static String safeId(String id) {
        if (id == null) {
            return null;
        }
        return SAFE_ID.matcher(id).matches() ? id : "(invalid)";
    }

    /**
     * The text with every control character, line and paragraph separator and backslash escaped
     * ({@code \n}, {@code \\}, {@code \}{@code u2028}), so that it stays on one line wherever it is written.
     */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** At most {@code max} characters, never ending inside a surrogate pair. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
