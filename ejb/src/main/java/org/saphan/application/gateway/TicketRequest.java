package org.saphan.application.gateway;

import java.util.Locale;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.shared.ValidationException;

/**
 * A ticket asked for, in the shape of the JSON ({@code {"channel":"session","booking":"SPH-2026-000123"}}); the channel
 * turns itself into a domain value after the role check, with a message that names the field at fault; the booking
 * is read as a room's reference where the session asks for it.
 *
 * @param channel {@code notifications} or {@code session}
 * @param booking the booking whose room, for a session
 */
public record TicketRequest(String channel, String booking) {

    public Channel toChannel() {
        String kind = ValidationException.requireText(channel, "channel",
                "Say which channel: notifications or session.").toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "notifications" -> Channel.NOTIFICATIONS;
            case "session" -> Channel.SESSION;
            default -> throw new ValidationException("channel", "Unknown channel '" + channel
                    + "': use notifications or session.");
        };
    }
}
