package org.ftzobservatory.dataset;

import org.ftzobservatory.kernel.ReferenceData;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.kernel.InvalidDatasetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads, validates and imports a dataset directory; decides at start-up whether the bundled dataset must be (re)loaded. */
@Service
public class DatasetService {

    public record ImportResult(boolean imported, String version, Map<String, Integer> counts) {
    }

    private final DatasetImporter importer;
    private final JdbcTemplate jdbc;
    private final FtzPaths paths;
    private final Vocabulary vocabulary;

    public DatasetService(DatasetImporter importer, JdbcTemplate jdbc, FtzPaths paths, Vocabulary vocabulary) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.paths = paths;
        this.vocabulary = vocabulary;
    }

    /** Validates everything first; throws {@link InvalidDatasetException} and writes nothing when a problem is found. */
    public ImportResult importDirectory(Path dir, Consumer<String> progress) {
        progress.accept("reading " + dir);
        Dataset data = DatasetReader.read(dir, ReferenceData.load(paths.referenceDir()));
        progress.accept("validated: " + data.summary());
        Map<String, Integer> counts = importer.importDataset(data, contentHash(dir), progress);
        vocabulary.reload();
        return new ImportResult(true, data.info().version(), counts);
    }

    /** Imports the bundled dataset unless the database already holds exactly this content (same version and hash). */
    public ImportResult importBundledIfChanged(Consumer<String> progress) {
        Path dir = paths.dataDir();
        String hash = contentHash(dir);
        List<Map<String, Object>> meta = jdbc.queryForList("select version, content_hash from dataset_meta");
        if (!meta.isEmpty() && hash.equals(meta.get(0).get("content_hash"))) {
            return new ImportResult(false, (String) meta.get(0).get("version"), importer.counts());
        }
        return importDirectory(dir, progress);
    }

    /**
     * For read-only commands on a database that holds no dataset yet (a fresh {@code var/pg}): loads the bundled one, as
     * {@code serve} would. A database that holds a dataset is never replaced here, whichever directory it came from.
     */
    public ImportResult importBundledIfEmpty(Consumer<String> progress) {
        List<Map<String, Object>> meta = jdbc.queryForList("select version from dataset_meta");
        if (!meta.isEmpty()) {
            return new ImportResult(false, (String) meta.get(0).get("version"), Map.of());
        }
        return importDirectory(paths.dataDir(), progress);
    }

    /** SHA-256 over every file's relative path and bytes, so any edit of the dataset triggers a re-import. */
    static String contentHash(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(f).toString().replace('\\', '/').getBytes());
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
