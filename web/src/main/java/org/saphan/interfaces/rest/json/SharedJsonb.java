package org.saphan.interfaces.rest.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer of the API. Without a resolver RESTEasy built a new {@code Jsonb} for each
 * answer, and each build looked up the JSON providers through {@code ServiceLoader}, which in WildFly walks the
 * deployment's jars: about a tenth of the server's CPU samples while bookings were made (bench/README.md, offer push
 * JFR). A {@code Jsonb} is thread-safe and keeps what it learnt of each class, so sharing it also spares the
 * introspection of the views on every answer. Default configuration, as before: the same JSON.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
