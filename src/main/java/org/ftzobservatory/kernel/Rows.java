package org.ftzobservatory.kernel;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Small JDBC helpers shared by the feature repositories: bilingual column pairs and text arrays. */
public final class Rows {

    private Rows() {
    }

    /** Reads the {@code PREFIX_zh} / {@code PREFIX_en} column pair. */
    public static Text text(ResultSet rs, String prefix) throws SQLException {
        return new Text(rs.getString(prefix + "_zh"), rs.getString(prefix + "_en"));
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }
}
