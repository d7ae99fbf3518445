package org.ftzobservatory.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What place a figure measures, as written in the data ({@code scope} column of a statistic, {@code scope} of a case
 * metric). One line of text, so a CSV cell holds it:
 * <pre>
 *   zone:chongqing                 one FTZ as a whole
 *   sub-zone:guangdong/nansha      one sub-zone
 *   zones:chongqing+sichuan        several FTZs (or sub-zones, ftz/subzone) together: two or more, each once
 *   ftz-wide                       all FTZs combined
 *   province:xinjiang              a province-level division (ids of data/replication/regions.yaml)
 *   city:guangdong:深圳市:Shenzhen  a city as a whole, with its province, its Chinese and English name
 *   region:yangtze-delta           a named region (data/regions-named.yaml)
 *   national                       the whole country
 * </pre>
 * Whether the ids exist is checked by {@link ScopeRules}; this class only knows the grammar.
 */
public record Scope(Kind kind, List<String> places, String cityZh, String cityEn) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CITY_NAME = Pattern.compile("[^:+\\s][^:+]*");

    public enum Kind {
        ZONE("zone"), SUB_ZONE("sub-zone"), ZONES("zones"), FTZ_WIDE("ftz-wide"), PROVINCE("province"), CITY("city"),
        REGION("region"), NATIONAL("national");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        public static Kind of(String token) {
            return Arrays.stream(values()).filter(k -> k.token.equals(token)).findFirst().orElse(null);
        }

        /** A figure about the zone (or one of its sub-zones) alone, as opposed to a wider area that contains it. */
        public boolean aboutOneZone() {
            return this == ZONE || this == SUB_ZONE;
        }
    }

    public Scope {
        places = List.copyOf(places);
    }

    /** Thrown for text that does not follow the grammar; the message says what is wrong, for a file:line problem. */
    public static final class SyntaxException extends IllegalArgumentException {
        SyntaxException(String message) {
            super(message);
        }
    }

    public static Scope parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SyntaxException("is required (zone:ID, sub-zone:ID/SUB, zones:ID+ID, ftz-wide, province:ID, "
                    + "city:PROVINCE:名称:Name, region:ID or national)");
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        String head = colon < 0 ? t : t.substring(0, colon);
        String rest = colon < 0 ? null : t.substring(colon + 1);
        Kind kind = Kind.of(head);
        if (kind == null) {
            throw new SyntaxException("'" + head + "' is not a scope kind (zone, sub-zone, zones, ftz-wide, province, city, "
                    + "region, national)");
        }
        boolean bare = kind == Kind.FTZ_WIDE || kind == Kind.NATIONAL;
        if (bare != (rest == null)) {
            throw new SyntaxException(bare ? "'" + head + "' takes no place" : "'" + head + "' needs a place after ':'");
        }
        return switch (kind) {
            case FTZ_WIDE, NATIONAL -> new Scope(kind, List.of(), null, null);
            case ZONE, PROVINCE, REGION -> new Scope(kind, List.of(id(rest)), null, null);
            case SUB_ZONE -> {
                String[] p = rest.split("/", -1);
                if (p.length != 2) {
                    throw new SyntaxException("'" + rest + "' must be ftz/subzone");
                }
                yield new Scope(kind, List.of(id(p[0]) + "/" + id(p[1])), null, null);
            }
            case ZONES -> {
                List<String> ids = Arrays.stream(rest.split("\\+", -1)).map(Scope::zoneRef).toList();
                if (ids.size() < 2 || ids.stream().distinct().count() != ids.size()) {
                    throw new SyntaxException("'" + rest + "' must list two or more different zone ids joined by +");
                }
                yield new Scope(kind, ids, null, null);
            }
            case CITY -> {
                String[] p = rest.split(":", -1);
                if (p.length != 3 || !CITY_NAME.matcher(p[1]).matches() || !CITY_NAME.matcher(p[2]).matches()) {
                    throw new SyntaxException("'" + rest + "' must be PROVINCE:中文名:English name");
                }
                yield new Scope(kind, List.of(id(p[0])), p[1].strip(), p[2].strip());
            }
        };
    }

    private static String zoneRef(String s) {
        String[] p = s.split("/", -1);
        if (p.length > 2) {
            throw new SyntaxException("'" + s + "' must be an FTZ id or ftz/subzone");
        }
        return p.length == 1 ? id(p[0]) : id(p[0]) + "/" + id(p[1]);
    }

    private static String id(String s) {
        if (!ID.matcher(s).matches()) {
            throw new SyntaxException("'" + s + "' is not an id (lower-case letters, digits, '-')");
        }
        return s;
    }

    /** The text {@link #parse} reads back to this scope. */
    public String format() {
        return switch (kind) {
            case FTZ_WIDE, NATIONAL -> kind.token();
            case ZONES -> kind.token() + ":" + String.join("+", places);
            case CITY -> kind.token() + ":" + places.get(0) + ":" + cityZh + ":" + cityEn;
            default -> kind.token() + ":" + places.get(0);
        };
    }

    /** The FTZ ids a zone, sub-zone or list of zones names ({@code guangdong/nansha} → guangdong). */
    public List<String> zoneRoots() {
        return places.stream().map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : p).distinct().toList();
    }
}
