package org.otusj.core.processor;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Converts steering text to the type of a parameter field. Supported: {@code String}, {@code int},
 * {@code long}, {@code double}, {@code boolean}, {@code Path}, enums, and {@code List}s of these
 * (items separated by white space, as in Marlin).
 */
public final class ParameterConverter {

    private ParameterConverter() {
    }

    /**
     * Converts {@code text} for {@code field}.
     *
     * @throws IllegalArgumentException with the expected type and the text found, if the text does not
     *     convert
     */
    public static Object convert(Field field, String text) {
        Class<?> type = field.getType();
        if (List.class.isAssignableFrom(type)) {
            Class<?> itemType = listItemType(field);
            List<Object> items = new ArrayList<>();
            for (String item : splitList(text)) {
                items.add(convertScalar(itemType, item));
            }
            return items;
        }
        return convertScalar(type, text.strip());
    }

    /** Describes the type of {@code field} in steering terms, e.g. "list of floating-point numbers". */
    public static String describe(Field field) {
        Class<?> type = field.getType();
        if (List.class.isAssignableFrom(type)) {
            return "list of " + describeScalar(listItemType(field)) + "s";
        }
        return describeScalar(type);
    }

    /** Formats a value the way it would be written in a steering file. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(String.valueOf(item));
            }
            return String.join(" ", parts);
        }
        return String.valueOf(value);
    }

    /** Splits a list value at white space; an empty or blank value gives an empty list. */
    public static List<String> splitList(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(stripped.split("\\s+"));
    }

    private static Class<?> listItemType(Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> itemClass) {
            return itemClass;
        }
        throw new IllegalStateException("parameter field " + field + " must be a List with a concrete item type");
    }

    private static Object convertScalar(Class<?> type, String text) {
        try {
            if (type == String.class) {
                return text;
            }
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(text);
            }
            if (type == long.class || type == Long.class) {
                return Long.parseLong(text);
            }
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(text);
            }
            if (type == boolean.class || type == Boolean.class) {
                return parseBoolean(text);
            }
            if (type == Path.class) {
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("empty");
                }
                return Path.of(text);
            }
            if (type.isEnum()) {
                return parseEnum(type, text);
            }
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("expected " + describeScalar(type) + ", found '" + text + "'");
        }
        throw new IllegalStateException("unsupported parameter type " + type.getName());
    }

    private static boolean parseBoolean(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "on":
            case "1":
                return true;
            case "false":
            case "no":
            case "off":
            case "0":
                return false;
            default:
                throw new IllegalArgumentException(text);
        }
    }

    private static Object parseEnum(Class<?> type, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static String describeScalar(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == int.class || type == Integer.class) {
            return "32-bit integer";
        }
        if (type == long.class || type == Long.class) {
            return "64-bit integer";
        }
        if (type == double.class || type == Double.class) {
            return "floating-point number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean (true, false, yes, no, on, off, 1 or 0, any case)";
        }
        if (type == Path.class) {
            return "file path";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names) + " (any case)";
        }
        return type.getSimpleName();
    }
}
