package org.ftzobservatory.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.YamlFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * English names of document issuers and of the counting words of measure counts (data/document-labels.yaml). The
 * dataset keeps them as the report prints them; in English mode pages show these names, in Chinese the printed ones.
 */
@Component("documentLabels")
public class DocumentLabels {

    public static final String FILE = "document-labels.yaml";

    private final Map<String, String> issuers;
    private final Map<String, String> units;

    @Autowired
    public DocumentLabels(FtzPaths paths) {
        this(paths.dataDir().resolve(FILE));
    }

    DocumentLabels(Path yaml) {
        if (!Files.isRegularFile(yaml)) {
            issuers = Map.of();
            units = Map.of();
            return;
        }
        Problems problems = new Problems();
        Node root = YamlFile.read(yaml, FILE, problems);
        if (root != null) {
            root.allowOnly(Set.of("issuers", "measure_units"));
        }
        issuers = names(root, "issuers");
        units = names(root, "measure_units");
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
    }

    private static Map<String, String> names(Node root, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Node n = root == null ? null : root.node(key);
        if (n == null) {
            if (root != null) {
                root.problem(key, "is required: Chinese name → English name");
            }
            return out;
        }
        for (String zh : n.keys()) {
            String en = n.string(zh);
            if (en == null) {
                n.problem(zh, "needs an English name");
            } else {
                out.put(zh, en);
            }
        }
        return Map.copyOf(out);
    }

    /** One issuer as the reader's language shows it. */
    public String issuer(String zh, Locale locale) {
        if (zh == null) {
            return "";
        }
        return english(locale) ? issuers.getOrDefault(zh, zh) : zh;
    }

    /** All issuers of a document, joined the way each language lists names. */
    public String issuers(List<String> zh, Locale locale) {
        return zh.stream().map(i -> issuer(i, locale)).collect(Collectors.joining(english(locale) ? "; " : "、"));
    }

    /** "22 items" / "22 项". */
    public String measures(Integer count, String unit, Locale locale) {
        if (count == null) {
            return "";
        }
        if (!english(locale)) {
            return count + " " + (unit == null ? "" : unit);
        }
        return count + " " + (unit == null ? "items" : units.getOrDefault(unit, "items"));
    }

    Set<String> knownIssuers() {
        return issuers.keySet();
    }

    Set<String> knownUnits() {
        return units.keySet();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
