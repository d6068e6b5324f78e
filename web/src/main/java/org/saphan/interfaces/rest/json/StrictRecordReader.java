package org.saphan.interfaces.rest.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads request bodies into Saphan's input records strictly: a value of the wrong JSON type is refused with the
 * field that holds it ({@code "yes"} is not a boolean, {@code 60.5} and {@code "60"} are not a whole number), where
 * JSON-B would convert it silently. Unknown properties are ignored; a missing one is null, for the application to
 * judge. An empty body, or JSON {@code null}, reads as no body at all.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictRecordReader implements MessageBodyReader<Record> {

    /** Nested objects and arrays deeper than any input of the API are refused before they are walked. */
    static final int MAX_DEPTH = 16;

    /**
     * The JSON provider, looked up once: {@code Json.createReader} looks it up through {@code ServiceLoader} on every
     * call, which in WildFly walks the deployment's jars (a few per cent of the server's CPU while bookings were made).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("org.saphan.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JsonValue json = parse(entityStream);
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return (Record) bind(json, type, null, 0);
    }

    /** The body as JSON, or null when it is empty. */
    static JsonValue parse(InputStream in) throws IOException {
        PushbackInputStream body = new PushbackInputStream(in, 1);
        int first;
        do {
            first = body.read();
        } while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
        if (first == -1) {
            return null;
        }
        body.unread(first);
        try (var reader = JSON.createReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new InputTypeException(null, "The request body is not valid JSON (line " + e.getLocation()
                    .getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // a body too large, or the connection lost: not the caller's JSON
            }
            throw new InputTypeException(null, "The request body is not valid JSON.");
        } catch (RuntimeException e) {
            // Parsson's own nesting guard (1,000 levels) throws a bare RuntimeException, not a JsonException
            if (e.getClass() == RuntimeException.class && String.valueOf(e.getMessage()).contains("nested")) {
                throw new InputTypeException(null, "The request nests deeper than any input of this API.");
            }
            throw e;
        }
    }

    static Object bind(JsonValue value, Type type, String field, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InputTypeException(field, "The request nests deeper than any input of this API.");
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (type == boolean.class || type == int.class || type == long.class) {
                throw new InputTypeException(field, name(field) + " is missing.");
            }
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            if (value instanceof JsonString s) {
                return s.getString();
            }
            throw wrongType(field, "a text in quotes", value);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw wrongType(field, "true or false, without quotes", value);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            if (!(value instanceof JsonNumber n)) {
                throw wrongType(field, "a whole number, without quotes", value);
            }
            BigDecimal d = n.bigDecimalValue();
            try {
                return raw == Integer.class || raw == int.class
                        ? (Object) d.intValueExact()
                        : (Object) d
                                .longValueExact();
            } catch (ArithmeticException e) {
                throw new InputTypeException(field, name(field) + " must be a whole number"
                        + (d.stripTrailingZeros().scale() > 0 ? ", not a fraction." : " of a sensible size."));
            }
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                throw wrongType(field, "a list in [ ]", value);
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(bind(array.get(i), element, (field == null ? "" : field) + "[" + i + "]", depth + 1));
            }
            return list;
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw wrongType(field, "an object in { }", value);
            }
            return record(object, raw, field, depth);
        }
        throw new IllegalStateException("No strict JSON binding for " + type + " (field " + field + ")");
    }

    private static Object record(JsonObject object, Class<?> type, String field, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = bind(object.get(name), components[i].getGenericType(),
                    field == null ? name : field + "." + name, depth + 1);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the record's own checks, such as a domain ValidationException
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static InputTypeException wrongType(String field, String expected, JsonValue got) {
        return new InputTypeException(field, name(field) + " must be " + expected + ", not " + describe(got) + ".");
    }

    private static String name(String field) {
        return field == null ? "The request body" : "'" + field + "'";
    }

    /** What was sent, by kind only: the value itself could be anything, a name included, and is not repeated. */
    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true or false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }
}
