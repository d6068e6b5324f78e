package org.saphan.interfaces.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One JSON-B for every answer, writing exactly what RESTEasy's own default did. */
public class SharedJsonbTest {

    public record View(String reference, String interpreterName, List<String> languages) {
    }

    @Test
    void everyTypeGetsTheSameInstance() {
        SharedJsonb resolver = new SharedJsonb();
        assertSame(resolver.getContext(View.class), resolver.getContext(String.class));
    }

    @Test
    void itWritesAsTheDefaultConfigurationDoesLeavingNullsOut() throws Exception {
        View view = new View("SPH-2026-000123", null, List.of("mya", "tha"));
        try (Jsonb plain = JsonbBuilder.create()) {
            String shared = new SharedJsonb().getContext(View.class).toJson(view);
            assertEquals(plain.toJson(view), shared);
            assertEquals("{\"languages\":[\"mya\",\"tha\"],\"reference\":\"SPH-2026-000123\"}", shared);
        }
    }
}
