package org.ftzobservatory.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The negative lists as the application serves them: the files' lists, policy and scoring, with the measures as stored
 * (and possibly completed by officials) in PostgreSQL. Keeps the compiled {@link AccessChecker} current after every change.
 */
@Service
public class NegativeListService {

    public static final String BUNDLED = "bundled dataset";

    /** The outcome of applying a file of measures: how many were new, changed or already identical. */
    public record ImportResult(int added, int changed, int unchanged) {
    }

    /** A stale edit: someone saved the measure after the editor loaded it. */
    public static class StaleEditException extends RuntimeException {
        private final int currentVersion;

        StaleEditException(int currentVersion) {
            super("the measure was changed by someone else (now version " + currentVersion + "); reload and apply your edit again");
            this.currentVersion = currentVersion;
        }

        public int currentVersion() {
            return currentVersion;
        }
    }

    private final NegativeListStore store;
    private final FtzPaths paths;
    private final TransactionTemplate tx;
    private final AtomicReference<State> state = new AtomicReference<>();

    private record State(NegativeListData data, AccessChecker checker, long marker) {
    }

    private volatile long checkedAt;

    public NegativeListService(NegativeListStore store, FtzPaths paths, TransactionTemplate tx) {
        this.store = store;
        this.paths = paths;
        this.tx = tx;
    }

    public Path dir() {
        return paths.dataDir().resolve("negative-lists");
    }

    public IndustryClassification classification() {
        return Classification.get(paths);
    }

    /** The files as bundled (validated); the measures in them are the bundled versions, not necessarily the served ones. */
    public NegativeListData bundled() {
        return NegativeListFiles.read(dir(), classification());
    }

    public AccessChecker checker() {
        return current().checker();
    }

    /** The served data: files' lists and policy with the stored measures. */
    public NegativeListData data() {
        return current().data();
    }

    private State current() {
        State s = state.get();
        if (s == null) {
            return reload();
        }
        // Another app node (or the CLI) may have changed a measure: look at the change log at most once a second.
        long now = System.currentTimeMillis();
        if (now - checkedAt > 1000) {
            checkedAt = now;
            if (store.lastChangeId() != s.marker()) {
                s = reload();
            }
        }
        return s;
    }

    /** Rebuilds the served data and the compiled engine from the database; loads the bundled lists first on an empty database. */
    synchronized State reload() {
        NegativeListData files = bundled();
        long marker = store.lastChangeId();
        List<NegativeListStore.Stored> stored = store.all();
        if (stored.isEmpty()) {
            applyBundled(files, msg -> { });
            marker = store.lastChangeId();
            stored = store.all();
        }
        List<NegativeListMeasure> measures = stored.stream().map(NegativeListStore.Stored::measure).toList();
        NegativeListData data = new NegativeListData(files.lists(), measures, files.policy(), files.scoring(), files.history());
        AccessChecker checker = new AccessChecker(data, classification(), new HashSet<>(store.ftzIds()), new HashSet<>(store.subzoneRefs()));
        State s = new State(data, checker, marker);
        state.set(s);
        return s;
    }

    /** Applies each bundled list file whose content changed since it was last applied; changes are recorded as history. */
    public Map<String, ImportResult> syncBundled(Consumer<String> progress) {
        NegativeListData files = bundled();
        Map<String, ImportResult> results = applyBundled(files, progress);
        reload();
        return results;
    }

    private Map<String, ImportResult> applyBundled(NegativeListData files, Consumer<String> progress) {
        Map<String, ImportResult> results = new LinkedHashMap<>();
        tx.executeWithoutResult(status -> {
            store.lockForImport();
            for (NegativeList l : files.lists()) {
                // An edition made from an earlier one (national-2024) has no file: it changes when its generated measures do.
                Path f = dir().resolve(l.id() + ".yaml");
                if (l.editionOf() == null && !Files.isRegularFile(f)) {
                    continue;
                }
                List<NegativeListMeasure> ms = files.measures().stream().filter(m -> m.list().equals(l.id())).toList();
                if (ms.isEmpty()) {
                    continue;
                }
                String hash = l.editionOf() == null ? hash(f)
                        : hashText(String.join("\n", ms.stream().map(store::toJson).toList()));
                if (store.bundleHash(l.id()).filter(hash::equals).isPresent()) {
                    continue;
                }
                ImportResult r = apply(ms, BUNDLED, l.editionOf() != null ? l.sourceEn() : "data/negative-lists/" + l.id() + ".yaml",
                        "bundled list updated");
                store.saveBundleHash(l.id(), hash);
                results.put(l.id(), r);
                progress.accept(l.id() + ": " + r.added() + " added, " + r.changed() + " changed, " + r.unchanged() + " unchanged");
            }
        });
        return results;
    }

    /** Imports an official's file of measures (same schema as the bundled files), all or nothing, recording each change. */
    public ImportResult importFile(Path file, String by, String source, String comment) {
        List<NegativeListMeasure> ms = NegativeListFiles.readMeasureFile(file, data(), classification());
        ImportResult r = tx.execute(status -> {
            store.lockForImport();
            return apply(ms, by, source, comment);
        });
        reload();
        return r;
    }

    private ImportResult apply(List<NegativeListMeasure> ms, String by, String source, String comment) {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (NegativeListMeasure m : ms) {
            String after = store.toJson(m);
            var existing = store.find(m.list(), m.seq());
            if (existing.isEmpty()) {
                store.insert(m, by);
                store.recordChange(m.list(), m.seq(), by, source, comment, null, after);
                added++;
            } else if (store.sameContent(existing.get().json(), after)) {
                unchanged++;
            } else {
                store.update(m, existing.get().version(), by);
                store.recordChange(m.list(), m.seq(), by, source, comment, existing.get().json(), after);
                changed++;
            }
        }
        return new ImportResult(added, changed, unchanged);
    }

    /** An official's edit of one measure, with optimistic locking: a stale version changes nothing. */
    public NegativeListStore.Stored edit(NegativeListMeasure edited, int expectedVersion, String by, String source, String comment) {
        NegativeListStore.Stored saved = tx.execute(status -> {
            NegativeListStore.Stored before = store.find(edited.list(), edited.seq())
                    .orElseThrow(() -> new NotFoundException("measure", edited.key()));
            if (before.version() != expectedVersion || !store.update(edited, expectedVersion, by)) {
                throw new StaleEditException(before.version());
            }
            store.recordChange(edited.list(), edited.seq(), by, source, comment, before.json(), store.toJson(edited));
            return store.find(edited.list(), edited.seq()).orElseThrow();
        });
        reload();
        return saved;
    }

    public NegativeListStore.Stored stored(String list, int seq) {
        return store.find(list, seq).orElseThrow(() -> new NotFoundException("measure", list + "#" + seq));
    }

    public List<MeasureChange> history(String list, int seq) {
        return store.history(list, seq);
    }

    public NegativeList list(String id) {
        return data().lists().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("negative list", id));
    }

    public List<NegativeListMeasure> measures(String listId) {
        List<NegativeListMeasure> out = new ArrayList<>();
        for (NegativeListMeasure m : data().measures()) {
            if (m.list().equals(listId)) {
                out.add(m);
            }
        }
        return out;
    }

    /** FTZs and sub-zones by id with their names, for the location picker. */
    public List<Map<String, String>> zoneNames() {
        return store.zoneNames();
    }

    static String hashText(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(Path f) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** GB/T 4754 is loaded once per process: it is 1,971 rows of reference data that never change at run time. */
    private static final class Classification {
        private static volatile IndustryClassification loaded;

        static IndustryClassification get(FtzPaths paths) {
            if (loaded == null) {
                synchronized (Classification.class) {
                    if (loaded == null) {
                        loaded = IndustryClassification.load(paths.referenceDir().resolve("gbt4754-2017/codes.csv"),
                                paths.dataDir().resolve("negative-lists/gbt4754-names-en.csv"));
                    }
                }
            }
            return loaded;
        }
    }
}
