package org.governance.wire;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads typed path and query parameters (ids, whole numbers, dates, CIKs, lists of CIKs or ids, quarters) with the
 * rules of {@link RequestParams}, so that a resource method declares {@code @PathParam("id") long id} and the
 * OpenAPI document says integer. A value that cannot be read is an {@link InvalidParameterException} naming the
 * parameter, which RESTEasy Reactive passes on unchanged: the same 400 {@code invalid-parameter} problem as before,
 * instead of the framework's bare 404 or 400. A blank value reads as absent, except for an id.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER) // the services' endpoints, not the REST clients (the gateway's, committees-service's)
public class ParamConverters implements ParamConverterProvider {

    private final RequestParams params;

    public ParamConverters(RequestParams params) {
        this.params = params;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        Function<String, ?> read = name == null ? null : reader(rawType, name);
        return read == null ? null : (ParamConverter<T>) new Reading<>(name, read);
    }

    private Function<String, ?> reader(Class<?> type, String name) {
        if (type == long.class || type == Long.class) {
            return text -> params.id(name, text);
        }
        if (type == int.class || type == Integer.class) {
            return text -> text.isBlank() ? null : RequestParams.wholeNumber(name, text, 0);
        }
        if (type == LocalDate.class) {
            return text -> params.date(name, text, null);
        }
        if (type == Cik.class) {
            return text -> new Cik(params.cik(name, text));
        }
        if (type == CikList.class) {
            return text -> new CikList(params.ciks(name, text));
        }
        if (type == IdList.class) {
            return text -> new IdList(params.ids(name, text));
        }
        if (type == Quarter.class) {
            return text -> text.isBlank() ? null : params.quarter(name, text);
        }
        return null;
    }

    /** The name of the path or query parameter the annotations declare, or null for any other kind. */
    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private record Reading<T>(String name, Function<String, T> read) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            try {
                return read.apply(value == null ? "" : value);
            } catch (ServiceException e) {
                throw new InvalidParameterException(e.field() == null ? name : e.field(), e.getMessage());
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
