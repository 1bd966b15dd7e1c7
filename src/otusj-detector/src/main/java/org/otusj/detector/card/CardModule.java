package org.otusj.detector.card;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code module Type Name {...}} block of a Delphes card: the module class, its instance name and
 * its parameters, which are all the variables its body set (as in Delphes, loop counters and helper
 * variables such as {@code pi} are parameters too).
 *
 * <p>The typed getters take a default for a missing parameter, as the {@code GetDouble(name, default)}
 * calls of the Delphes modules do. A parameter of the wrong kind raises an
 * {@link IllegalArgumentException} that names the card file and the line that set it.
 */
public final class CardModule {

    private final String type;
    private final String name;
    private final Path file;
    private final int line;
    private final Map<String, TclInterpreter.Variable> parameters;

    CardModule(String type, String name, Path file, int line, Map<String, TclInterpreter.Variable> parameters) {
        this.type = type;
        this.name = name;
        this.file = file;
        this.line = line;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The Delphes module class, e.g. {@code SimpleCalorimeter}. */
    public String type() {
        return type;
    }

    /** The instance name, e.g. {@code ECal}. */
    public String name() {
        return name;
    }

    /** The card file that defines the module. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the {@code module} command. */
    public int line() {
        return line;
    }

    /** Names of all parameters in the order they were first set. */
    public Set<String> parameterNames() {
        return parameters.keySet();
    }

    /** Returns true if the module body set {@code parameter}. */
    public boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    /** Returns the value of {@code parameter}, if the module body set it. */
    public Optional<CardValue> parameter(String parameter) {
        TclInterpreter.Variable variable = parameters.get(parameter);
        return variable == null ? Optional.empty() : Optional.of(variable.value());
    }

    /**
     * Returns the value of {@code parameter}.
     *
     * @throws IllegalArgumentException if the module does not set it
     */
    public CardValue require(String parameter) {
        TclInterpreter.Variable variable = parameters.get(parameter);
        if (variable == null) {
            throw new IllegalArgumentException(file + ":" + line + ": module '" + name + "' (" + type
                    + ") has no parameter '" + parameter + "'");
        }
        return variable.value();
    }

    /** Returns the 1-based line of the command that last set {@code parameter}, or the module's line if unset. */
    public int lineOf(String parameter) {
        TclInterpreter.Variable variable = parameters.get(parameter);
        return variable == null ? line : variable.line();
    }

    /** Returns {@code file:line} of the command that last set {@code parameter}, for messages. */
    public String locationOf(String parameter) {
        TclInterpreter.Variable variable = parameters.get(parameter);
        return variable == null ? file + ":" + line : variable.file() + ":" + variable.line();
    }

    /** Returns the text of {@code parameter}, or {@code defaultValue} if unset. */
    public String string(String parameter, String defaultValue) {
        return parameter(parameter).map(CardValue::text).orElse(defaultValue);
    }

    /**
     * Returns the value of {@code parameter} as a number, or {@code defaultValue} if unset.
     *
     * @throws IllegalArgumentException if the value is not a number
     */
    public double doubleValue(String parameter, double defaultValue) {
        Optional<CardValue> value = parameter(parameter);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return value.get().toDouble();
        } catch (NumberFormatException notNumber) {
            throw invalid(parameter, "a number", value.get());
        }
    }

    /**
     * Returns the value of {@code parameter} as a Tcl boolean, or {@code defaultValue} if unset.
     *
     * @throws IllegalArgumentException if the value is not a boolean
     */
    public boolean booleanValue(String parameter, boolean defaultValue) {
        Optional<CardValue> value = parameter(parameter);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return value.get().toBoolean();
        } catch (IllegalArgumentException notBoolean) {
            throw invalid(parameter, "a boolean", value.get());
        }
    }

    private IllegalArgumentException invalid(String parameter, String expected, CardValue found) {
        return new IllegalArgumentException(locationOf(parameter) + ": parameter '" + parameter + "' of module '"
                + name + "' must be " + expected + ", found '" + found.text() + "'");
    }

    @Override
    public String toString() {
        return "module " + type + " " + name + " (" + file + ":" + line + ")";
    }
}
