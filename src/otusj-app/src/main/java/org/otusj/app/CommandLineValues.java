package org.otusj.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otusj.core.steering.ParameterOverride;

/**
 * The steering values given as extra options of {@code otusj run}: {@code --constant.NAME=VALUE} for
 * constants, {@code --Processor.Parameter=VALUE}, {@code --Group.Parameter=VALUE} and {@code
 * --global.Parameter=VALUE} for parameters.
 */
record CommandLineValues(Map<String, String> constants, List<ParameterOverride> overrides) {

    private static final String CONSTANT_PREFIX = "--constant.";

    /**
     * Sorts {@code options} into constants and parameter overrides.
     *
     * @throws IllegalArgumentException for an option of neither form, naming the expected forms
     */
    static CommandLineValues parse(List<String> options) {
        Map<String, String> constants = new LinkedHashMap<>();
        List<ParameterOverride> overrides = new ArrayList<>();
        for (String option : options) {
            if (!option.startsWith("--") || option.indexOf('=') < 0) {
                throw new IllegalArgumentException("unknown option '" + option + "'; steering values are written"
                        + " --Processor.Parameter=VALUE, --global.Parameter=VALUE or --constant.NAME=VALUE");
            }
            if (option.startsWith(CONSTANT_PREFIX)) {
                int equals = option.indexOf('=');
                String name = option.substring(CONSTANT_PREFIX.length(), equals);
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("invalid option '" + option
                            + "': expected --constant.NAME=VALUE");
                }
                constants.put(name, option.substring(equals + 1));
            } else {
                overrides.add(ParameterOverride.parse(option));
            }
        }
        return new CommandLineValues(constants, overrides);
    }

    /**
     * Adds {@code --global.NAME=VALUE} as if it had been given on the command line.
     *
     * @param from the option that sets it, such as "--shard 1/2", for the message of a conflict
     * @throws IllegalArgumentException if {@code --global.NAME} is also given, with another value
     */
    CommandLineValues withGlobal(String name, String value, String from) {
        for (ParameterOverride override : overrides) {
            if (override.target().equals(ParameterOverride.GLOBAL) && override.parameter().equals(name)
                    && !override.value().strip().equals(value)) {
                throw new IllegalArgumentException(from + " conflicts with " + override.option() + "; give only one");
            }
        }
        List<ParameterOverride> all = new ArrayList<>(overrides);
        String option = "--" + ParameterOverride.GLOBAL + "." + name + "=" + value;
        all.add(ParameterOverride.parse(option));
        return new CommandLineValues(constants, all);
    }
}
