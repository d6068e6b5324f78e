package org.saphan.application.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.saphan.domain.model.shared.Sha256;

/**
 * The random secrets of the gateway: tickets and rejoin credentials (256 bits), and join codes that a person reads
 * aloud and types on a phone. Only their SHA-256 is ever stored.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: a code read aloud or typed on a phone survives it. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** Longer secrets are refused unread: no ticket or credential is this long. */
    static final int MAX_LENGTH = 100;

    private Secrets() {
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Ten characters of {@link #CODE_ALPHABET} in two groups of five ({@code ABCDE-FGHJK}): 50 bits. */
    static String joinCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A join code as it is hashed: capitals, without the dash and the spaces a person may type. */
    static String normaliseCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
