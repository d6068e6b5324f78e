package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gateway's secrets: long and unguessable for machines, short and unambiguous for people. */
class SecretsTest {

    @Test
    void aTicketIs256RandomBitsSafeInAnAddressOrASubprotocol() {
        String secret = Secrets.random();
        assertEquals(43, secret.length());
        assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
        assertNotEquals(secret, Secrets.random());
    }

    @Test
    void aJoinCodeHasNoLettersOrDigitsThatLookAlike() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = Secrets.joinCode();
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}"), code);
            seen.add(code);
        }
        assertEquals(200, seen.size());
    }

    @Test
    void aCodeIsComparedAsCapitalsWithoutDashesOrSpaces() {
        assertEquals("ABCDEFGHJK", Secrets.normaliseCode(" abcde-fghjk "));
        assertEquals("ABCDEFGHJK", Secrets.normaliseCode("ABC DE FGH JK"));
        assertEquals(Secrets.hash("ABCDEFGHJK"), Secrets.hash(Secrets.normaliseCode("abcde fghjk")));
    }
}
