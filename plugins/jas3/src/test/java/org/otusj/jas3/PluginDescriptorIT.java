package org.otusj.jas3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.freehep.application.studio.Plugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.jas3.testing.PluginFolder;
import org.otusj.jas3.testing.Xmllint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Checks the built plugin folder: the descriptor in the plugin jar, the jars it lists, what is packaged. */
class PluginDescriptorIT {

    @TempDir
    Path dir;

    private final PluginFolder folder = PluginFolder.fromSystemProperties();

    @Test
    void descriptorIsValidAgainstPluginDtd() throws Exception {
        Path descriptor = Files.write(dir.resolve("plugins.xml"), folder.descriptorBytes());

        Xmllint.Result result = Xmllint.validatePluginDescriptor(descriptor, dir);

        assertEquals(0, result.exitCode(), result.output());
        assertFalse(result.output().contains("failed to load"), "nothing fetched: " + result.output());
    }

    @Test
    void invalidDescriptorFailsValidation() throws Exception {
        // Control for the test above: a well-formed descriptor with <file> outside <resources>.
        String text = new String(folder.descriptorBytes(), StandardCharsets.UTF_8)
                .replace("<category>Analysis</category>", "<file href=\"misplaced.jar\"/>");
        Path descriptor = Files.writeString(dir.resolve("plugins.xml"), text);

        Xmllint.Result result = Xmllint.validatePluginDescriptor(descriptor, dir);

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("information"), result.output());
    }

    @Test
    void descriptorNamesPluginOfJar() throws Exception {
        String className = folder.pluginClassName();
        String entry = className.replace('.', '/') + ".class";
        try (JarFile jar = new JarFile(folder.pluginJar().toFile())) {
            assertNotNull(jar.getJarEntry(entry), folder.pluginJar() + " has no " + entry);
        }

        try (URLClassLoader loader = folder.isolatedLoader()) {
            Class<?> pluginClass = Class.forName(className, false, loader);
            assertTrue(Plugin.class.isAssignableFrom(pluginClass), className + " does not extend " + Plugin.class);
            assertSame(loader, pluginClass.getClassLoader(), "loaded from the plugin jar, not the test class path");
            assertNotNull(pluginClass.getConstructor(), "public no-argument constructor");
        }
    }

    @Test
    void descriptorGivesVersionAndJava() throws Exception {
        Document descriptor = folder.descriptor();
        Element j2se = (Element) descriptor.getElementsByTagName("j2se").item(0);
        assertEquals("17", j2se.getAttribute("minVersion"));
        String version = descriptor.getElementsByTagName("version").item(0).getTextContent().trim();
        String jarName = folder.pluginJar().getFileName().toString();
        assertEquals("otusj-jas3-" + version + ".jar", jarName, "descriptor version and jar name agree");
        assertEquals(1, descriptor.getElementsByTagName("load-at-start").getLength());
    }

    @Test
    void descriptorListsEveryJarOfFolder() throws Exception {
        List<String> listed = folder.listedFiles();
        Set<String> unique = new TreeSet<>(listed);

        assertEquals(listed.size(), unique.size(), "each jar listed once: " + listed);
        assertEquals(folder.jarNames(), unique);
        assertTrue(unique.contains(folder.pluginJar().getFileName().toString()));
        for (String expected : List.of("org.otusj.otusj-core-", "org.otusj.otusj-otus-", "org.freehep.jas-plotter-",
                "org.slf4j.slf4j-jdk14-", "ai.djl.pytorch.pytorch-native-cpu-")) {
            assertTrue(unique.stream().anyMatch(name -> name.startsWith(expected)), expected + " missing: " + unique);
        }
    }

    @Test
    void noApiClassIsPackaged() throws Exception {
        Set<String> apiEntries = new TreeSet<>();
        for (String className : PluginFolder.apiClassNames()) {
            apiEntries.add(className.replace('.', '/') + ".class");
        }
        assertTrue(apiEntries.contains("org/freehep/application/studio/Plugin.class"), apiEntries.toString());

        List<String> packaged = new ArrayList<>();
        for (String jarName : folder.jarNames()) {
            try (JarFile jar = new JarFile(folder.directory().resolve(jarName).toFile())) {
                jar.stream().filter(entry -> apiEntries.contains(entry.getName()))
                        .forEach(entry -> packaged.add(jarName + "!" + entry.getName()));
            }
        }
        assertEquals(List.of(), packaged);
    }
}
