package org.otusj.core.steering;

/**
 * A parameter set on the command line: {@code --Processor.Parameter=value}, {@code
 * --global.Parameter=value}, or {@code --Group.Parameter=value} for a group parameter.
 *
 * @param target a processor name, a group name, or {@value #GLOBAL}
 * @param option the option as given, for messages
 */
public record ParameterOverride(String target, String parameter, String value, String option) {

    /** Target name of the {@code <global>} section. */
    public static final String GLOBAL = "global";

    /**
     * Parses {@code --Target.Parameter=value}; the leading dashes are optional. The parameter is the text
     * after the last dot before '=', so processor names may contain dots.
     *
     * @throws IllegalArgumentException naming the expected form and the text found
     */
    public static ParameterOverride parse(String option) {
        String text = option.startsWith("--") ? option.substring(2) : option;
        int equals = text.indexOf('=');
        int dot = equals < 0 ? -1 : text.lastIndexOf('.', equals);
        if (equals < 0 || dot <= 0 || dot == equals - 1) {
            throw new IllegalArgumentException("invalid override '" + option
                    + "': expected --Processor.Parameter=value or --global.Parameter=value");
        }
        return new ParameterOverride(text.substring(0, dot), text.substring(dot + 1, equals),
                text.substring(equals + 1), option);
    }

    /** Returns the option as a location, for messages that name where a parameter was set. */
    public SourceLocation location() {
        return SourceLocation.commandLine(option);
    }
}
