package org.ftzobservatory.access;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The bundled lists loaded straight from the files (no database), with the zones of {@code data/zones.yaml}, for unit tests,
 * properties and the benchmark.
 */
public final class AccessFixtures {

    public static final Path DATA = Path.of("data");
    public static final Path REFERENCE = Path.of("../shared/reference");
    private static NegativeListData data;
    private static IndustryClassification gbt;
    private static AccessChecker checker;

    private AccessFixtures() {
    }

    public static synchronized IndustryClassification industries() {
        if (gbt == null) {
            gbt = IndustryClassification.load(REFERENCE.resolve("gbt4754-2017/codes.csv"), DATA.resolve("negative-lists/gbt4754-names-en.csv"));
        }
        return gbt;
    }

    public static synchronized NegativeListData data() {
        if (data == null) {
            data = NegativeListFiles.read(DATA.resolve("negative-lists"), industries());
        }
        return data;
    }

    public static synchronized AccessChecker checker() {
        if (checker == null) {
            var zones = org.ftzobservatory.kernel.ReferenceData.load(REFERENCE);
            checker = new AccessChecker(data(), industries(), zones.ftzIds(), zones.subzoneRefs());
        }
        return checker;
    }

    /** Codes some rule of the list reaches. */
    public static List<String> mappedCodes(String list) {
        Set<String> out = new LinkedHashSet<>();
        RuleBook book = checker().book(list);
        for (IndustryCode c : industries().all()) {
            if (!book.at(c.code()).isEmpty()) {
                out.add(c.code());
            }
        }
        return new ArrayList<>(out);
    }

    /** Codes no rule of any list reaches. */
    public static List<String> unmappedCodes() {
        List<String> out = new ArrayList<>();
        for (IndustryCode c : industries().all()) {
            boolean reached = false;
            for (NegativeList l : data().lists()) {
                reached |= !checker().book(l.id()).at(c.code()).isEmpty();
            }
            if (!reached) {
                out.add(c.code());
            }
        }
        return out;
    }

    /** A deterministic mix of proposals: half in codes the lists reach, some with activity text, all shares and structures. */
    public static List<Proposal> proposals(int n, long seed) {
        Random r = new Random(seed);
        List<String> mapped = mappedCodes("national-2021");
        mapped.addAll(mappedCodes("ftz-2021"));
        List<String> all = industries().all().stream().map(IndustryCode::code).toList();
        List<String> keywords = new ArrayList<>();
        data().measures().forEach(m -> m.rules().forEach(rule -> keywords.addAll(rule.keywords())));
        String[] locations = {"mainland", "shanghai", "shanghai/lingang", "guangdong/qianhai-shekou", "hainan", "beijing", "tianjin"};
        String[] nationalities = {"unspecified", "chinese", "foreign"};
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = r.nextBoolean() ? mapped.get(r.nextInt(mapped.size())) : all.get(r.nextInt(all.size()));
            String activity = r.nextInt(10) < 3 && !keywords.isEmpty() ? "从事" + keywords.get(r.nextInt(keywords.size())) + "业务" : null;
            double share = r.nextInt(101) / 100.0;
            boolean control = share < 1 && r.nextInt(4) == 0;
            String form = r.nextInt(20) == 0 ? "partnership" : r.nextInt(40) == 0 ? "individual_business" : "new_enterprise";
            out.add(new Proposal(locations[r.nextInt(locations.length)], List.of(code), activity, share, control,
                    nationalities[r.nextInt(3)], form, "foreign", "commercial_presence"));
        }
        return out;
    }
}
