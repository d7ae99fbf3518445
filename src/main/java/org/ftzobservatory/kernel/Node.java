package org.ftzobservatory.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;


/**
 * One record read from a YAML mapping or a CSV row, remembering the file and line of every field so that each
 * validation problem can point at the exact place a curator must fix.
 */
public final class Node {
    private final String file;
    private final int line;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Problems problems;

    public Node(String file, int line, Problems problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    public void put(String key, Object value, int line) {
        values.put(key, value);
        lines.put(key, line);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, line);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        Object v = values.get(key);
        return v != null && !(v instanceof String s && s.isBlank());
    }

    public void problem(String field, String message) {
        problems.add(file, lineOf(field), field, message);
    }

    /** Flags keys the schema does not know: a typo such as {@code sumary_en} would otherwise be dropped silently. */
    public void allowOnly(Set<String> allowed) {
        for (String k : values.keySet()) {
            if (!allowed.contains(k)) {
                problem(k, "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    public String string(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            problem(key, "must be a single value");
            return null;
        }
        String s = v.toString().trim();
        return s.isEmpty() ? null : s;
    }

    public String requireString(String key) {
        String s = string(key);
        if (s == null && !(values.get(key) instanceof Map || values.get(key) instanceof List)) {
            problem(key, "is required");
        }
        return s;
    }

    public Integer integer(String key, int min, int max) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                problem(key, v + " is outside " + min + "-" + max);
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problem(key, "'" + s + "' is not a whole number");
            return null;
        }
    }

    public BigDecimal decimal(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problem(key, "'" + s + "' is not a number");
            return null;
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        String s = string(key);
        if (s == null) {
            return defaultValue;
        }
        return switch (s.toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key, "'" + s + "' is not true or false");
                yield defaultValue;
            }
        };
    }

    public PartialDate date(String key) {
        return parsed(key, PartialDate::parse);
    }

    public SourceRef source() {
        if (!has("source")) {
            problem("source", "is required: every record cites the report lines or a reference file");
            return null;
        }
        return parsed("source", SourceRef::parse);
    }

    public String oneOf(String key, Set<String> allowed, boolean required) {
        String s = required ? requireString(key) : string(key);
        if (s != null && !allowed.contains(s)) {
            problem(key, "'" + s + "' is not one of " + allowed.stream().sorted().toList());
            return null;
        }
        return s;
    }

    public <T> T parsed(String key, Function<String, T> parser) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage());
            return null;
        }
    }

    public List<String> strings(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Node || o instanceof Map || o instanceof List || o == null) {
                    problem(key, "must be a list of plain values");
                    return List.of();
                }
                out.add(o.toString().trim());
            }
            return out;
        }
        problem(key, "must be a list");
        return List.of();
    }

    /** A nested mapping, or null when absent. */
    public Node node(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof Node) {
            return (Node) v;
        }
        problem(key, "must be a mapping");
        return null;
    }

    /** The value as read: a String, a List, a Node or null; for fields whose shape varies. */
    public Object raw(String key) {
        return values.get(key);
    }

    public List<Node> nodes(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            List<Node> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Node n) {
                    out.add(n);
                } else {
                    problem(key, "must be a list of mappings");
                    return List.of();
                }
            }
            return out;
        }
        problem(key, "must be a list of mappings");
        return List.of();
    }
}
