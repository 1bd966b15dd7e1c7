package org.otusj.jas3;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Detects AIDA XML files by content, as {@code AidaXmlReader} reads them. A file is gzip-compressed if it
 * starts with the gzip magic bytes 1f 8b, else plain. Its XML must have the root element {@code <aida}
 * within the first {@value #HEAD_BYTES} bytes, which leaves room for the XML declaration and the DOCTYPE.
 */
final class AidaFileDetector {

    /** Bytes of XML searched for the root element. */
    static final int HEAD_BYTES = 8192;

    private static final Pattern ROOT_ELEMENT = Pattern.compile("<aida[\\s>]");

    private AidaFileDetector() {
    }

    /**
     * Returns true if {@code file} contains AIDA XML, plain or gzip-compressed. A damaged gzip stream or a
     * file shorter than its header returns false.
     *
     * @throws IOException if the file cannot be opened or read
     */
    static boolean isAidaFile(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream xml = gzipped ? new GZIPInputStream(raw) : raw;
            String head = new String(xml.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1);
            return ROOT_ELEMENT.matcher(head).find();
        } catch (ZipException | EOFException damaged) {
            return false;
        }
    }
}
