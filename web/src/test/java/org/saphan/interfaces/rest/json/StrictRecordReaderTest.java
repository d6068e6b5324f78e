package org.saphan.interfaces.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictRecordReaderTest {

    public record Gender(String value, Boolean required) {
    }

    public record Party(String kind, String value) {
    }

    public record Input(String purpose, Integer durationMinutes, Boolean personIsMinor, Long interpreterId,
            Gender interpreterGender, List<Party> parties, List<String> provinces) {
    }

    @SuppressWarnings("unchecked")
    private static Input read(String json) throws IOException {
        return (Input) new StrictRecordReader().readFrom((Class<Record>) (Class<?>) Input.class, Input.class, null,
                null, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRightTypesAreRead() throws IOException {
        Input in = read("""
                {"purpose":"MEDICAL","durationMinutes":60,"personIsMinor":true,"interpreterId":12,
                 "interpreterGender":{"value":"FEMALE","required":false},"parties":[{"kind":"PERSON","value":"x"}],
                 "provinces":["Tak"],"unknown":{"deep":[1,2,3]}}""");
        assertEquals(new Input("MEDICAL", 60, true, 12L, new Gender("FEMALE", false), List.of(new Party("PERSON",
                "x")), List.of("Tak")), in);
        assertEquals(60, read("{\"durationMinutes\":60.0}").durationMinutes(), "60.0 is the whole number 60");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"personIsMinor\":\"yes\"}|personIsMinor",
            "{\"personIsMinor\":1}|personIsMinor",
            "{\"durationMinutes\":60.5}|durationMinutes",
            "{\"durationMinutes\":\"60\"}|durationMinutes",
            "{\"durationMinutes\":1e30}|durationMinutes",
            "{\"interpreterId\":true}|interpreterId",
            "{\"purpose\":7}|purpose",
            "{\"purpose\":[\"MEDICAL\"]}|purpose",
            "{\"interpreterGender\":\"FEMALE\"}|interpreterGender",
            "{\"interpreterGender\":{\"required\":\"true\"}}|interpreterGender.required",
            "{\"parties\":{\"kind\":\"PERSON\"}}|parties",
            "{\"parties\":[{\"kind\":3}]}|parties[0].kind",
            "{\"provinces\":[\"Tak\",false]}|provinces[1]"})
    void aWrongTypeIsRefusedNamingTheField(String json, String field) {
        InputTypeException e = assertThrows(InputTypeException.class, () -> read(json));
        assertEquals(field, e.field().orElse(null), e.getMessage());
    }

    @Test
    void emptyAndNullBodiesReadAsNoBody() throws IOException {
        assertNull(read(""));
        assertNull(read("  \n "));
        assertNull(read("null"));
    }

    @Test
    void notJsonOrNotAnObjectIsRefused() {
        assertEquals(null, assertThrows(InputTypeException.class, () -> read("{not json")).field().orElse(null));
        assertEquals(null, assertThrows(InputTypeException.class, () -> read("[1,2]")).field().orElse(null));
        assertEquals(null, assertThrows(InputTypeException.class, () -> read("\"text\"")).field().orElse(null));
    }

    @Test
    void deepNestingIsRefusedBeforeItIsWalked() {
        String deep = "{\"parties\":" + "[".repeat(40) + "]".repeat(40) + "}";
        assertThrows(InputTypeException.class, () -> read(deep));
    }

    @Test
    void onlySaphansRecordsAreReadHere() {
        StrictRecordReader reader = new StrictRecordReader();
        assertEquals(true, reader.isReadable(Input.class, Input.class, null, null));
        assertEquals(false, reader.isReadable(String.class, String.class, null, null));
    }

    @Test
    void aBodyNestedBeyondTheParsersGuardIsAnInputError() {
        // found by HostileInputIT: two thousand opening brackets made Parsson throw a bare RuntimeException (a 500)
        String deep = "[".repeat(2000) + "]".repeat(2000);
        assertThrows(InputTypeException.class, () -> read(deep));
    }
}
