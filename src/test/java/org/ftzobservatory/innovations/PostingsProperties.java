package org.ftzobservatory.innovations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The match-list codec: what is written is read back, appending equals building, and cut bytes are refused. */
class PostingsProperties {

    @Provide
    Arbitrary<TreeMap<Integer, Integer>> matches() {
        // Any int display orders (negative, huge gaps, neighbours) with tiers 0-7.
        Arbitrary<Integer> order = Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-5, 2_000));
        return Arbitraries.maps(order, Arbitraries.integers().between(0, 7)).ofMaxSize(300).map(TreeMap::new);
    }

    @Property
    void whatIsWrittenIsReadBack(@ForAll("matches") TreeMap<Integer, Integer> matches) {
        Postings.Builder b = new Postings.Builder();
        matches.forEach(b::add);
        List<int[]> read = new ArrayList<>();
        int n = Postings.decode(b.toBytes(), (so, tier) -> read.add(new int[] {so, tier}));
        assertThat(n).isEqualTo(matches.size()).isEqualTo(b.count());
        List<int[]> expected = new ArrayList<>();
        matches.forEach((so, tier) -> expected.add(new int[] {so, tier}));
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Property
    void appendingOneMatchAtATimeEqualsBuilding(@ForAll("matches") TreeMap<Integer, Integer> matches) {
        Postings.Builder b = new Postings.Builder();
        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        long last = Postings.START;
        for (var e : matches.entrySet()) {
            b.add(e.getKey(), e.getValue());
            appended.writeBytes(Postings.entry(last, e.getKey(), e.getValue()));
            last = e.getKey();
        }
        assertThat(appended.toByteArray()).isEqualTo(b.toBytes());
        assertThat(b.last()).isEqualTo(last);
    }

    @Property
    void bytesCutInsideAMatchAreRefused(@ForAll("matches") TreeMap<Integer, Integer> matches) {
        Postings.Builder b = new Postings.Builder();
        matches.forEach(b::add);
        byte[] bytes = b.toBytes();
        if (bytes.length == 0 || bytes[bytes.length - 1] < 0) {
            return;
        }
        // Drop the last byte: unless that match was one byte long, the list now ends inside it.
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        boolean lastWasOneByte = bytes.length == 1 || bytes[bytes.length - 2] >= 0;
        if (!lastWasOneByte) {
            assertThatThrownBy(() -> Postings.decode(cut, (so, tier) -> { })).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(Postings.decode(cut, (so, tier) -> { })).isEqualTo(matches.size() - 1);
        }
    }

    @Property
    void outOfOrderOrBadTiersAreRefused(@ForAll int sortOrder, @ForAll int tier) {
        Postings.Builder b = new Postings.Builder().add(sortOrder, 0);
        assertThatThrownBy(() -> b.add(sortOrder, 1)).isInstanceOf(IllegalArgumentException.class);
        if (tier < 0 || tier > 7) {
            assertThatThrownBy(() -> Postings.entry(Postings.START, sortOrder, tier)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
