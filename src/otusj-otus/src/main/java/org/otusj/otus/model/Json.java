package org.otusj.otus.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The JSON settings of every file the OTUS module writes: indented, NaN and infinities allowed. */
public final class Json {

    /** Shared, thread-safe instance. */
    public static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private Json() {
    }
}
