package org.ftzobservatory.kernel;

/**
 * The name an upload is shown and typed by: the last segment of what the client sent (browsers may send a whole path,
 * with '/' or '\'). {@code Path.of(sent).getFileName()} would be null for "/" and throw on NUL, both 500s once (found by
 * the OpenAPI fuzzer, ApiFuzzIT).
 */
public final class UploadNames {

    private UploadNames() {
    }

    /** The file name without directories; a 400 naming {@code parameter} when nothing usable is left. */
    public static String fileName(String parameter, String sent) {
        String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new BadRequestException(parameter, "give the file's name, ending in .csv or .xlsx");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new BadRequestException(parameter, "the file name holds control characters");
        }
        return name;
    }
}
