package org.otusj.aida;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The annotations of one {@link AidaObject}, with the title stored under {@link AidaObject#TITLE_KEY}. */
final class Annotations {

    private final Map<String, String> items = new LinkedHashMap<>();

    Annotations(String title) {
        setTitle(title);
    }

    /** Creates a copy of {@code other}, in the same order. */
    Annotations(Annotations other) {
        items.putAll(other.items);
    }

    String title() {
        return items.get(AidaObject.TITLE_KEY);
    }

    void setTitle(String title) {
        items.put(AidaObject.TITLE_KEY, Objects.requireNonNull(title, "title"));
    }

    String get(String key) {
        return items.get(key);
    }

    void set(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("annotation key must not be empty");
        }
        items.put(key, value);
    }

    /** Sets every annotation of {@code source}, in its order, replacing those with the same key. */
    void setAll(Map<String, String> source) {
        for (Map.Entry<String, String> item : source.entrySet()) {
            set(item.getKey(), item.getValue());
        }
    }

    Map<String, String> view() {
        return Collections.unmodifiableMap(items);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Annotations && items.equals(((Annotations) other).items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
