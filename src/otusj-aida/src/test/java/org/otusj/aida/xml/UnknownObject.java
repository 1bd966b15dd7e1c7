package org.otusj.aida.xml;

import java.util.Map;
import org.otusj.aida.AidaObject;

/** An AIDA object of a class that the encoder does not know, so that a write fails halfway through. */
final class UnknownObject implements AidaObject {

    @Override
    public String title() {
        return "unknown";
    }

    @Override
    public void setTitle(String title) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String annotation(String key) {
        return null;
    }

    @Override
    public void setAnnotation(String key, String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> annotations() {
        return Map.of();
    }
}
