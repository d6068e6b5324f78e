package org.saphan.application.gateway;

import java.time.Instant;

/** A one-time join code for the victim's device, and until when it can be used. */
public record GuestCode(String code, Instant expiresAt) {
}
