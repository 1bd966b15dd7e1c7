package org.otusj.aida.xml;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.otusj.aida.AidaTree;
import org.otusj.aida.io.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link AidaTree} to one AIDA 3.3 XML file, gzip-compressed unless plain XML is requested.
 *
 * <p>The file starts with the DOCTYPE line that JAIDA writes, naming the DTD at {@value #DTD_SYSTEM_ID};
 * the writer never fetches it. Text is UTF-8. The document goes to a temporary file in the target
 * directory, which is synced to disk and then renamed over the target. So a failed write leaves no
 * partial file, and an existing file is replaced only by a complete one.
 */
public final class AidaXmlWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AidaXmlWriter.class);

    /** AIDA version written in the {@code aida} element. */
    public static final String AIDA_VERSION = "3.3";

    /** System identifier of the AIDA 3.3 DTD, as JAIDA writes it in the DOCTYPE line. */
    public static final String DTD_SYSTEM_ID = "http://aida.freehep.org/schemas/3.3/aida.dtd";

    /** Package name written in the {@code implementation} element. */
    public static final String IMPLEMENTATION_PACKAGE = "otusj";

    /** File name ending that selects plain XML in {@link #forFile}. */
    public static final String PLAIN_SUFFIX = ".aida";

    private static final int BUFFER_BYTES = 1 << 16;

    private final boolean gzip;

    private AidaXmlWriter(boolean gzip) {
        this.gzip = gzip;
    }

    /** Returns a writer of gzip-compressed XML, the default for AIDA files. */
    public static AidaXmlWriter gzipped() {
        return new AidaXmlWriter(true);
    }

    /** Returns a writer of plain XML. */
    public static AidaXmlWriter plain() {
        return new AidaXmlWriter(false);
    }

    /**
     * Returns a writer chosen by file name: plain XML for a name ending in {@value #PLAIN_SUFFIX} (in any
     * case), gzip-compressed XML for any other name, such as {@code histograms.aida.gz}.
     */
    public static AidaXmlWriter forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(PLAIN_SUFFIX) ? plain() : gzipped();
    }

    /** Returns true if this writer compresses its output with gzip. */
    public boolean isGzipped() {
        return gzip;
    }

    /**
     * Writes {@code tree} to {@code file}, replacing an existing file only after the new one is complete.
     *
     * @throws IOException if the directory of {@code file} does not exist or writing fails; no partial
     *     file is left behind
     * @throws IllegalArgumentException if a name, title or annotation contains a character that XML 1.0
     *     cannot represent; no file is written
     */
    public void write(AidaTree tree, Path file) throws IOException {
        AtomicFile.write(file, out -> writeEncoded(tree, out));
        LOG.debug("Wrote {} objects to {}", tree.size(), file.toAbsolutePath());
    }

    /**
     * Writes {@code tree} as plain XML text to {@code out}, which is flushed but not closed.
     *
     * @throws IllegalArgumentException if a name, title or annotation contains a character that XML 1.0
     *     cannot represent
     */
    public static void writeXml(AidaTree tree, Writer out) throws IOException {
        AidaXmlEncoder.encode(tree, implementationVersion(), out);
        out.flush();
    }

    /** Returns the otusj version written in the {@code implementation} element, or "unknown". */
    public static String implementationVersion() {
        try (InputStream in = AidaXmlWriter.class.getResourceAsStream("implementation.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");

            // An unfiltered resource, as an IDE build may leave it, still contains the Maven placeholder.
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the otusj-aida implementation version", e);
        }
    }

    private void writeEncoded(AidaTree tree, OutputStream fileOut) throws IOException {
        try (OutputStream encoded = gzip
                        ? new GZIPOutputStream(fileOut, BUFFER_BYTES)
                        : new BufferedOutputStream(fileOut, BUFFER_BYTES);
                Writer writer = new BufferedWriter(new OutputStreamWriter(encoded, StandardCharsets.UTF_8),
                        BUFFER_BYTES)) {
            writeXml(tree, writer);
        }
    }
}
