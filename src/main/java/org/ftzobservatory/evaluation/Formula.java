package org.ftzobservatory.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An indicator's formula: the name of a data source and its parameters, {@code name} or {@code name(key=value, ...)}. The
 * language is deliberately this small — no arithmetic, no expressions, no code — so a framework file uploaded by anyone
 * can only name sources the engine knows ({@link DataSources}) with parameter values it checks.
 */
public record Formula(String source, Map<String, String> params) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    /** Parameter values: ids, numbers, booleans, and several ids joined by '+' (tags=a+b). */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.\\-]+(\\+[A-Za-z0-9_.\\-]+)*");

    public Formula {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public String param(String key) {
        return params.get(key);
    }

    /** Parses {@code name(key=value, ...)}; the message of the exception says what is wrong and where. */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        String s = text.strip();
        if (s.length() > 500) {
            throw new IllegalArgumentException("is longer than 500 characters");
        }
        int open = s.indexOf('(');
        String name = open < 0 ? s : s.substring(0, open).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a source name (lower-case letters, digits, _)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (open >= 0) {
            if (!s.endsWith(")")) {
                throw new IllegalArgumentException("'" + s + "' must end with ')'");
            }
            String inside = s.substring(open + 1, s.length() - 1).strip();
            if (!inside.isEmpty()) {
                for (String part : inside.split(",", -1)) {
                    int eq = part.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalArgumentException("parameter '" + part.strip() + "' must be key=value");
                    }
                    String key = part.substring(0, eq).strip();
                    String value = part.substring(eq + 1).strip();
                    if (!NAME.matcher(key).matches()) {
                        throw new IllegalArgumentException("'" + key + "' is not a parameter name");
                    }
                    if (!VALUE.matcher(value).matches()) {
                        throw new IllegalArgumentException("value '" + value + "' of " + key
                                + " must be letters, digits, '_', '-', '.', several joined by '+'");
                    }
                    if (params.put(key, value) != null) {
                        throw new IllegalArgumentException("parameter '" + key + "' is given twice");
                    }
                }
            }
        }
        return new Formula(name, params);
    }

    @Override
    public String toString() {
        if (params.isEmpty()) {
            return source;
        }
        StringBuilder b = new StringBuilder(source).append('(');
        params.forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ").append(k).append('=').append(v));
        return b.append(')').toString();
    }
}
