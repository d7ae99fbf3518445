package org.ftzobservatory.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a zip container (DOCX) by inflating it into a small buffer and counting, before any parser builds the text in
 * memory: a file that would expand beyond {@link #MAX_EXPANDED_BYTES}, or more than {@link #MAX_RATIO} times its own
 * size once past {@link #RATIO_FLOOR_BYTES}, is refused as it is read (a 2 MB DOCX can hold 1 GB of XML).
 */
final class ZipExpansion {

    static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final long RATIO_FLOOR_BYTES = 16L * 1024 * 1024;

    private ZipExpansion() {
    }

    static void check(byte[] zip, String kind) {
        byte[] buffer = new byte[64 * 1024];
        long expanded = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    expanded += n;
                    if (expanded > MAX_EXPANDED_BYTES
                            || (expanded > RATIO_FLOOR_BYTES && expanded > (long) MAX_RATIO * zip.length)) {
                        throw new RejectedDocumentException("the " + kind + " file expands to more than "
                                + (expanded > MAX_EXPANDED_BYTES ? MAX_EXPANDED_BYTES / (1024 * 1024) + " MB"
                                        : MAX_RATIO + " times its size")
                                + " when unpacked (a zip bomb?); it was not read");
                    }
                }
            }
        } catch (IOException e) {
            throw new RejectedDocumentException("the " + kind + " file is not a readable zip container", e);
        }
    }
}
