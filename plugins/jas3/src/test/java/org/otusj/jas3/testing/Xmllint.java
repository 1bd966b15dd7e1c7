package org.otusj.jas3.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Validates XML against JAS3's plugin DTD with {@code xmllint} (libxml2): the DOCTYPE's system id is
 * mapped to the DTD file through an XML catalog, and {@code --nonet} forbids any network access.
 */
public final class Xmllint {

    /** System id of the DOCTYPE of JAS3 plugin descriptors. */
    public static final String PLUGIN_DTD_SYSTEM_ID = "http://java.freehep.org/schemas/plugin/1.0/plugin.dtd";

    /**
     * The outcome of one validation.
     *
     * @param exitCode the exit status of xmllint: 0 if valid
     * @param output what xmllint printed
     */
    public record Result(int exitCode, String output) {
    }

    private Xmllint() {
    }

    /** Returns {@code shared/data/jas3/plugin.dtd} beside the repository named by {@code otusj.root}. */
    public static Path pluginDtd() {
        Path dtd = Path.of(System.getProperty("otusj.root"), "..", "shared", "data", "jas3", "plugin.dtd").normalize();
        if (!Files.isRegularFile(dtd)) {
            fail("JAS3's plugin DTD is not at " + dtd + "; the shared test data must lie beside the repository");
        }
        return dtd;
    }

    /** Validates {@code xml} against the plugin DTD; {@code workDirectory} receives the catalog file. */
    public static Result validatePluginDescriptor(Path xml, Path workDirectory) throws IOException,
            InterruptedException {
        Path dtd = pluginDtd();
        Path catalog = workDirectory.resolve("catalog.xml");
        Files.writeString(catalog, """
                <?xml version="1.0"?>
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <system systemId="%s" uri="%s"/>
                </catalog>
                """.formatted(PLUGIN_DTD_SYSTEM_ID, dtd.toUri()));

        ProcessBuilder builder = new ProcessBuilder("xmllint", "--noout", "--nonet", "--dtdvalid", dtd.toString(),
                xml.toString());
        builder.environment().put("XML_CATALOG_FILES", catalog.toString());
        builder.redirectErrorStream(true);
        Process xmllint;
        try {
            xmllint = builder.start();
        } catch (IOException notFound) {
            fail("xmllint not found (" + notFound.getMessage() + "); install the Debian package libxml2-utils");
            return null;
        }
        String output = new String(xmllint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!xmllint.waitFor(60, TimeUnit.SECONDS)) {
            xmllint.destroyForcibly();
            fail("xmllint did not finish within 60 s");
        }
        return new Result(xmllint.exitValue(), output);
    }
}
