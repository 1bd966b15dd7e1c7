package org.otusj.core.steering;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otusj.core.processor.Suggestions;

/** Turns the schema validator's messages into shorter ones with "did you mean" suggestions. */
final class SchemaMessages {

    /** Allowed attributes per element, for suggestions on misspelt attribute names. */
    private static final Map<String, List<String>> ATTRIBUTES = Map.of(
            "processor", List.of("name", "type"),
            "parameter", List.of("name", "value"),
            "constant", List.of("name", "value"),
            "include", List.of("ref"),
            "group", List.of("name"),
            "if", List.of("condition"));

    private static final Pattern CODE = Pattern.compile("^cvc-[\\w.-]+: ");
    private static final Pattern ATTRIBUTE_NOT_ALLOWED =
            Pattern.compile("Attribute '([^']*)' is not allowed to appear in element '([^']*)'\\.");

    private SchemaMessages() {
    }

    /** Drops the validator's rule code and adds a suggestion for a misspelt attribute. */
    static String simplify(String message) {
        String text = CODE.matcher(message == null ? "" : message).replaceFirst("");
        Matcher attribute = ATTRIBUTE_NOT_ALLOWED.matcher(text);
        if (attribute.find()) {
            List<String> allowed = ATTRIBUTES.getOrDefault(attribute.group(2), List.of());
            text += Suggestions.didYouMean(attribute.group(1), allowed);
            if (!allowed.isEmpty()) {
                text += " Allowed attributes: " + String.join(", ", allowed) + ".";
            }
        }
        return text;
    }
}
