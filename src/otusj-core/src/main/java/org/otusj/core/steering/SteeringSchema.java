package org.otusj.core.steering;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.SAXException;

/**
 * The XML Schema of steering files, {@value #RESOURCE} on the class path. The schema factory is not
 * allowed to load any external schema or DTD, so validation never reaches the file system or network
 * beyond the steering files themselves.
 */
public final class SteeringSchema {

    /** Class-path location of the schema. */
    public static final String RESOURCE = "/org/otusj/core/steering/otusj-steering.xsd";

    private static final Schema SCHEMA = load();

    private SteeringSchema() {
    }

    /** Returns the class-path URL of the schema, for commands that print or copy it. */
    public static URL url() {
        return SteeringSchema.class.getResource(RESOURCE);
    }

    /** A new validator that passes the SAX events on to its content handler. */
    static ValidatorHandler newValidatorHandler() {
        return SCHEMA.newValidatorHandler();
    }

    private static Schema load() {
        URL url = url();
        if (url == null) {
            throw new IllegalStateException("steering schema " + RESOURCE + " missing from the class path");
        }
        try (InputStream in = url.openStream()) {
            // The JDK's own implementation, not one found on the class path: an old Xerces jar pulled in
            // by a dependency may not support the properties that forbid external access.
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, url.toString()));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot load the steering schema " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
