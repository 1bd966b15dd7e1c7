package org.otusj.app.inspect;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.otusj.io.hdf5.Hdf5Signature;

/**
 * The file types that {@code otusj inspect} describes, recognised by their content, never by their name:
 * the HDF5 signature, the 4 bytes "root" that start every ROOT file, and the {@code <LesHouchesEvents}
 * start tag near the beginning of an LHE file, plain or inside gzip.
 */
public enum FileKind {

    /** A Les Houches Event file, plain or gzip-compressed. */
    LHE,

    /** An HDF5 file. */
    HDF5,

    /** A ROOT file. */
    ROOT,

    /** None of the above. */
    UNKNOWN;

    /** Bytes searched for the LHE start tag; generators write it on the first lines. */
    static final int SEARCHED_BYTES = 4096;

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
    private static final byte[] ROOT_MAGIC = {'r', 'o', 'o', 't'};
    private static final String LHE_START_TAG = "<LesHouchesEvents";

    /** Returns the kind of {@code file} from its first bytes. */
    public static FileKind detect(Path file) throws IOException {
        byte[] head = readHead(Files.newInputStream(file));
        if (startsWith(head, GZIP_MAGIC)) {
            return containsLheStartTag(gunzippedHead(file)) ? LHE : UNKNOWN;
        }
        if (startsWith(head, ROOT_MAGIC)) {
            return ROOT;
        }
        if (Hdf5Signature.matches(head) || Hdf5Signature.find(file).isPresent()) {
            return HDF5;
        }
        return containsLheStartTag(head) ? LHE : UNKNOWN;
    }

    /** Returns the first four bytes of {@code file} in hexadecimal, or "(empty file)", for error messages. */
    public static String leadingHex(Path file) throws IOException {
        byte[] head = readHead(Files.newInputStream(file));
        if (head.length == 0) {
            return "(empty file)";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(4, head.length); i++) {
            text.append(i > 0 ? " " : "").append(String.format(Locale.ROOT, "%02x", head[i]));
        }
        return text.toString();
    }

    /** Reads up to {@value #SEARCHED_BYTES} bytes from {@code in} and closes it. */
    private static byte[] readHead(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(SEARCHED_BYTES);
        }
    }

    /** Returns the first uncompressed bytes of a gzip file, or none if the stream is corrupt. */
    private static byte[] gunzippedHead(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); InputStream in = new GZIPInputStream(raw)) {
            return in.readNBytes(SEARCHED_BYTES);
        } catch (ZipException | EOFException corrupt) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsLheStartTag(byte[] head) {
        // ISO-8859-1 maps each byte to one character, so binary content cannot break the search.
        return new String(head, StandardCharsets.ISO_8859_1).contains(LHE_START_TAG);
    }
}
