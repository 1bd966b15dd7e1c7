package org.otusj.jas3.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.freehep.application.studio.Plugin;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The plugin folder the build assembles ({@code target/jas3-plugin}, named by the system property {@code
 * jas3.plugin.dir}) and the descriptor in its plugin jar, read as JAS3 reads them.
 */
public final class PluginFolder {

    /** Path of the descriptor inside the plugin jar. */
    public static final String DESCRIPTOR = "PLUGIN-inf/plugins.xml";

    private final Path directory;
    private final Path pluginJar;

    private PluginFolder(Path directory, Path pluginJar) {
        this.directory = directory;
        this.pluginJar = pluginJar;
    }

    /** Returns the folder named by the system properties that the Failsafe configuration sets. */
    public static PluginFolder fromSystemProperties() {
        String directory = System.getProperty("jas3.plugin.dir");
        String jar = System.getProperty("jas3.plugin.jar");
        if (directory == null || jar == null) {
            throw new IllegalStateException("system properties jas3.plugin.dir and jas3.plugin.jar are not set;"
                    + " run this test with 'mvn verify', which builds the plugin folder first");
        }
        return new PluginFolder(Path.of(directory), Path.of(directory, jar));
    }

    /** Returns the folder. */
    public Path directory() {
        return directory;
    }

    /** Returns the plugin jar. */
    public Path pluginJar() {
        return pluginJar;
    }

    /** Returns the names of the jar files in the folder, sorted. */
    public Set<String> jarNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).forEach(names::add);
        }
        return names;
    }

    /** Returns the bytes of the descriptor. */
    public byte[] descriptorBytes() throws IOException {
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            JarEntry entry = jar.getJarEntry(DESCRIPTOR);
            if (entry == null) {
                throw new IOException(pluginJar + " has no " + DESCRIPTOR);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /** Returns the descriptor parsed without reading its DTD, which is never fetched. */
    public Document descriptor() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            try (InputStream in = new java.io.ByteArrayInputStream(descriptorBytes())) {
                return builder.parse(in);
            }
        } catch (ParserConfigurationException | SAXException invalid) {
            throw new IOException("cannot parse " + DESCRIPTOR + " of " + pluginJar + ": " + invalid.getMessage(),
                    invalid);
        }
    }

    /** Returns the class named by {@code <plugin-desc class>}. */
    public String pluginClassName() throws IOException {
        Element description = (Element) descriptor().getElementsByTagName("plugin-desc").item(0);
        return description.getAttribute("class");
    }

    /** Returns the {@code href} of every {@code <file>} element, in order. */
    public List<String> listedFiles() throws IOException {
        NodeList files = descriptor().getElementsByTagName("file");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            hrefs.add(((Element) files.item(i)).getAttribute("href"));
        }
        return hrefs;
    }

    /** Returns the URLs of the listed files, resolved against the folder as JAS3 resolves them. */
    public URL[] listedUrls() throws IOException {
        List<String> hrefs = listedFiles();
        URL[] urls = new URL[hrefs.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = directory.resolve(hrefs.get(i)).toUri().toURL();
        }
        return urls;
    }

    /**
     * Returns a new class loader over the listed jars whose parent shares only the JAS3 API classes with
     * the test. In JAS3 likewise, the extension class loader has the plugin jars, and its parent has JAS3.
     */
    public URLClassLoader isolatedLoader() throws IOException {
        ClassLoader apiOnly = new ApiClassLoader(apiClassNames(), PluginFolder.class.getClassLoader());
        return new URLClassLoader(listedUrls(), apiOnly);
    }

    /** Returns the binary names of the classes of the API module, which the test shares with the plugin. */
    public static Set<String> apiClassNames() throws IOException {
        Path location = apiLocation();
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(file -> file.toString().endsWith(".class"))
                        .forEach(file -> names.add(className(location.relativize(file).toString())));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class"))
                        .forEach(name -> names.add(className(name)));
            }
        }
        return names;
    }

    /** Returns the jar or class folder of the API module on the test's class path. */
    public static Path apiLocation() {
        try {
            return Path.of(Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException invalid) {
            throw new IllegalStateException(invalid);
        }
    }

    private static String className(String fileName) {
        return fileName.substring(0, fileName.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    }

    /** A parent class loader that has the platform classes and, from the test, only the API classes. */
    private static final class ApiClassLoader extends ClassLoader {
        private final Set<String> apiClasses;
        private final ClassLoader testLoader;

        ApiClassLoader(Set<String> apiClasses, ClassLoader testLoader) {
            super("jas3-api", ClassLoader.getPlatformClassLoader());
            this.apiClasses = apiClasses;
            this.testLoader = testLoader;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (apiClasses.contains(name)) {
                return testLoader.loadClass(name);
            }
            throw new ClassNotFoundException(name + " is neither a platform class nor a JAS3 API class");
        }
    }
}
