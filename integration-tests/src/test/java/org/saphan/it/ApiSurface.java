package org.saphan.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every REST endpoint the web module deploys, read from its compiled resource classes: method, path template, path
 * and query parameters, and the shape of the JSON body it takes (field names and JSON kinds, nested). The hostile-input
 * test walks this list, so an endpoint added later is probed without anyone remembering to add it.
 */
final class ApiSurface {

    /** The JSON kind a field expects, from its Java type. */
    enum Kind {
        TEXT, BOOLEAN, NUMBER, LIST, OBJECT
    }

    /** A field of a body: its kind; for a list or an object, the shape of its elements or fields. */
    record Field(Kind kind, Map<String, Field> fields, Field element) {
    }

    record Endpoint(String method, String path, List<String> pathParams, List<String> queryParams,
            Map<String, Field> body, boolean takesBody) {

        String name() {
            return method + " " + path;
        }
    }

    private ApiSurface() {
    }

    static List<Endpoint> endpoints() {
        java.nio.file.Path classes = ItConfig.root().resolve("web/target/classes");
        java.nio.file.Path ejb = ItConfig.root().resolve("ejb/target/classes");
        List<Endpoint> endpoints = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL(), ejb.toUri().toURL()},
                ApiSurface.class.getClassLoader()); Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (Throwable e) {
                    continue; // needs the server's own classes: not a resource
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                Method[] methods = type.getDeclaredMethods();
                java.util.Arrays.sort(methods, java.util.Comparator.comparing(Method::toString));
                for (Method m : methods) {
                    String verb = m.isAnnotationPresent(GET.class)
                            ? "GET"
                            : m.isAnnotationPresent(POST.class)
                                    ? "POST"
                                    : m.isAnnotationPresent(PUT.class)
                                            ? "PUT"
                                            : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String path = ("/api" + root.value() + (sub == null ? "" : sub.value()))
                            .replaceAll("\\{(\\w+):[^/]*\\}(?=/|$)", "{$1}").replaceAll("/+$", "");
                    List<String> pathParams = new ArrayList<>();
                    List<String> queryParams = new ArrayList<>();
                    Map<String, Field> body = null;
                    boolean takesBody = false;
                    for (Parameter p : m.getParameters()) {
                        if (p.isAnnotationPresent(PathParam.class)) {
                            pathParams.add(p.getAnnotation(PathParam.class).value());
                        } else if (p.isAnnotationPresent(QueryParam.class)) {
                            queryParams.add(p.getAnnotation(QueryParam.class).value());
                        } else if (!annotated(p)) {
                            takesBody = true;
                            Field shape = shape(p.getParameterizedType(), 0);
                            body = shape.kind() == Kind.OBJECT ? shape.fields() : Map.of();
                        }
                    }
                    endpoints.add(new Endpoint(verb, path, pathParams, queryParams, body, takesBody));
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read the web module's classes", e);
        }
        return endpoints;
    }

    /** A parameter the container fills (header, context, path, query): not the body. */
    private static boolean annotated(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getPackageName().startsWith("jakarta.ws.rs") || a instanceof Context) {
                return true;
            }
        }
        return false;
    }

    private static Field shape(Type type, int depth) {
        Class<?> raw = type instanceof Class<?> c
                ? c
                : type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : Object.class;
        if (raw == String.class) {
            return new Field(Kind.TEXT, null, null);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return new Field(Kind.BOOLEAN, null, null);
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return new Field(Kind.NUMBER, null, null);
        }
        if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p && depth < 8) {
            return new Field(Kind.LIST, null, shape(p.getActualTypeArguments()[0], depth + 1));
        }
        if (raw.isRecord() && depth < 8) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                fields.put(c.getName(), shape(c.getGenericType(), depth + 1));
            }
            return new Field(Kind.OBJECT, fields, null);
        }
        return new Field(Kind.OBJECT, Map.of(), null);
    }
}
