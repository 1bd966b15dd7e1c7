package org.otusj.detector.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subset of Tcl that Delphes cards use, evaluated the way Delphes reads them.
 *
 * <p>Delphes reads a card with an embedded Tcl 8.0.5 interpreter (external/ExRootAnalysis/ExRootConfReader.cc):
 * {@code module Type Name {body}} records the module and evaluates the body as {@code namespace eval
 * Name {body}}, so every variable the body sets (parameters, but also loop counters) becomes a
 * parameter of the module, and {@code add} is Tcl's {@code lappend} under another name. This class
 * follows those rules for the commands {@code set}, {@code add}, {@code lappend}, {@code module},
 * {@code for}, {@code foreach}, {@code incr}, {@code expr} and {@code source}, with Tcl word syntax:
 * braces, double quotes, {@code $var} and {@code ${var}} substitution, {@code [command]} substitution,
 * backslash escapes, backslash-newline continuation, {@code ;} and {@code #} comments.
 *
 * <p>Differences from Tcl 8.0, none of which the Delphes cards rely on: other commands (such as
 * {@code if}, {@code proc} or {@code break}) and array variables are rejected; inside a module a
 * variable is read from the module and then from the global scope, and always written in the module;
 * {@code source} resolves a relative name against the directory of the top card and takes an absolute
 * name as it is.
 */
final class TclInterpreter {

    private static final Logger LOG = LoggerFactory.getLogger(TclInterpreter.class);

    /** The commands this reader implements, for error messages. */
    static final String SUPPORTED_COMMANDS = "set, add, lappend, module, for, foreach, incr, expr and source";

    // Stops a card that sources itself. Tcl 8.0 allows 1000 levels (maxNestingDepth in tclBasic.c), but each
    // level here takes several Java frames, and 1000 of them overflowed the default thread stack in a Maven
    // test JVM; real cards nest a few levels (module bodies, loops, command substitution).
    private static final int MAX_NESTING = 200;

    // A guard against a loop whose condition never becomes false. The CMS card's longest loop has 361 steps.
    private static final long MAX_LOOP_ITERATIONS = 10_000_000L;

    /** A variable's value and the file and line of the command that last set it. */
    record Variable(CardValue value, Path file, int line) {
    }

    /** The variables of one Tcl namespace, in the order they were first set. */
    static final class Scope {

        final Map<String, Variable> variables = new LinkedHashMap<>();
    }

    /** A {@code module} command: class, name, place of its first definition and its namespace. */
    static final class ModuleDefinition {

        final String type;
        final String name;
        final Path file;
        final int line;
        final Scope scope = new Scope();

        ModuleDefinition(String type, String name, Path file, int line) {
            this.type = type;
            this.name = name;
            this.file = file;
            this.line = line;
        }
    }

    /** The result of a command substitution and the offset just after its close-bracket. */
    record CommandSubstitution(CardValue value, int end) {
    }

    /**
     * One word of a command: its value after substitution, the line where it starts, and the script text.
     * For a braced word the script is the raw text between the braces, so that line numbers stay right
     * when a command such as {@code for} evaluates the word.
     */
    private record Word(CardValue value, int line, String script) {
    }

    /** A read position in a script, with the line number of that position. */
    private static final class Cursor {

        final Path file;
        final String text;
        int position;
        int line;

        Cursor(Path file, String text, int position, int line) {
            this.file = file;
            this.text = text;
            this.position = position;
            this.line = line;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        char peek() {
            return text.charAt(position);
        }

        boolean peekIs(int offset, char expected) {
            int index = position + offset;
            return index < text.length() && text.charAt(index) == expected;
        }

        void advance() {
            if (text.charAt(position) == '\n') {
                line++;
            }
            position++;
        }

        void moveTo(int target) {
            while (position < target) {
                advance();
            }
        }
    }

    private final Path topDirectory;
    private final Scope global = new Scope();
    private final Map<String, ModuleDefinition> modules = new LinkedHashMap<>();
    private Scope current = global;
    private int nesting;

    /**
     * @param topFile the card that {@code source} commands are resolved against
     */
    TclInterpreter(Path topFile) {
        Path parent = topFile.toAbsolutePath().getParent();
        this.topDirectory = parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** The variables set outside any module. */
    Scope global() {
        return global;
    }

    /** The modules in the order of their first definition, by name. */
    Map<String, ModuleDefinition> modules() {
        return modules;
    }

    /**
     * Reads and evaluates a card file in the current scope.
     *
     * @throws CardException for a Tcl error, naming the file and line
     * @throws IOException if the file cannot be read
     */
    void evaluateFile(Path file) throws IOException {
        // Cards are ASCII apart from comments. ISO-8859-1 maps every byte to a character, so an accent in a
        // comment cannot cause a decoding error.
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        evaluate(file, text, 1);
    }

    /** Looks a variable up in the current scope, then in the global one. */
    CardValue variable(String name, Path file, int line) throws CardException {
        if (name.startsWith("::")) {
            return requireVariable(global, name.substring(2), name, file, line);
        }
        Variable variable = current.variables.get(name);
        if (variable == null && current != global) {
            variable = global.variables.get(name);
        }
        if (variable == null) {
            throw new CardException(file, line, "can't read \"" + name + "\": no such variable");
        }
        return variable.value();
    }

    /** Evaluates the command substitution whose open-bracket is just before {@code start}. */
    CommandSubstitution substituteCommand(Path file, String text, int start, int line) throws CardException {
        enter(file, line);
        try {
            Cursor cursor = new Cursor(file, text, start, line);
            CardValue value = evaluateCommands(cursor, true);
            return new CommandSubstitution(value, cursor.position);
        } finally {
            nesting--;
        }
    }

    private CardValue evaluate(Path file, String script, int firstLine) throws CardException {
        enter(file, firstLine);
        try {
            return evaluateCommands(new Cursor(file, script, 0, firstLine), false);
        } finally {
            nesting--;
        }
    }

    private void enter(Path file, int line) throws CardException {
        if (nesting >= MAX_NESTING) {
            throw new CardException(file, line, "more than " + MAX_NESTING
                    + " nested evaluations; does a file source itself?");
        }
        nesting++;
    }

    /**
     * Evaluates commands until the end of the text or, inside a command substitution, until the
     * close-bracket, which it consumes. Returns the result of the last command.
     */
    private CardValue evaluateCommands(Cursor cursor, boolean inBrackets) throws CardException {
        CardValue result = CardValue.EMPTY;
        while (true) {
            skipCommandSeparators(cursor);
            if (cursor.atEnd()) {
                if (inBrackets) {
                    throw new CardException(cursor.file, cursor.line, "missing close-bracket");
                }
                return result;
            }

            char first = cursor.peek();
            if (inBrackets && first == ']') {
                cursor.advance();
                return result;
            }
            if (first == '#') {
                skipComment(cursor);
                continue;
            }

            int line = cursor.line;
            List<Word> words = parseCommand(cursor, inBrackets);
            if (!words.isEmpty()) {
                result = execute(words, cursor.file, line);
            }
        }
    }

    private static void skipCommandSeparators(Cursor cursor) {
        while (!cursor.atEnd()) {
            char c = cursor.peek();
            if (TclLists.isSpace(c) || c == ';') {
                cursor.advance();
            } else if (c == '\\' && cursor.peekIs(1, '\n')) {
                cursor.advance();
                cursor.advance();
            } else {
                return;
            }
        }
    }

    private static void skipComment(Cursor cursor) {
        // A comment ends at the first newline that no backslash continues.
        while (!cursor.atEnd()) {
            char c = cursor.peek();
            if (c == '\\' && cursor.position + 1 < cursor.text.length()) {
                cursor.advance();
                cursor.advance();
            } else if (c == '\n') {
                cursor.advance();
                return;
            } else {
                cursor.advance();
            }
        }
    }

    private List<Word> parseCommand(Cursor cursor, boolean inBrackets) throws CardException {
        List<Word> words = new ArrayList<>();
        while (true) {
            skipWordSeparators(cursor);
            if (cursor.atEnd()) {
                return words;
            }
            char c = cursor.peek();
            if (c == '\n' || c == ';') {
                cursor.advance();
                return words;
            }
            if (inBrackets && c == ']') {
                return words;
            }
            words.add(parseWord(cursor, inBrackets));
        }
    }

    private static void skipWordSeparators(Cursor cursor) {
        while (!cursor.atEnd()) {
            char c = cursor.peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b') {
                cursor.advance();
            } else if (c == '\\' && cursor.peekIs(1, '\n')) {
                // A backslash-newline and the blanks after it separate words like a space.
                cursor.advance();
                cursor.advance();
            } else {
                return;
            }
        }
    }

    private Word parseWord(Cursor cursor, boolean inBrackets) throws CardException {
        int line = cursor.line;
        char first = cursor.peek();

        if (first == '{') {
            int open = cursor.position;
            int close;
            try {
                close = TclLists.matchingBrace(cursor.text, open);
            } catch (IllegalArgumentException unclosed) {
                throw new CardException(cursor.file, line, "missing close-brace for the open-brace on this line");
            }
            String raw = cursor.text.substring(open + 1, close);
            cursor.moveTo(close + 1);
            requireWordEnd(cursor, inBrackets, "close-brace");
            return new Word(CardValue.of(collapseBackslashNewlines(raw)), line, raw);
        }

        Substitution parts = new Substitution();
        if (first == '"') {
            cursor.advance();
            while (true) {
                if (cursor.atEnd()) {
                    throw new CardException(cursor.file, line, "missing close-quote for the quote on this line");
                }
                if (cursor.peek() == '"') {
                    cursor.advance();
                    break;
                }
                substituteOne(cursor, parts);
            }
            requireWordEnd(cursor, inBrackets, "close-quote");
        } else {
            while (!cursor.atEnd() && !endsBareWord(cursor, inBrackets)) {
                substituteOne(cursor, parts);
            }
        }
        CardValue value = parts.result();
        return new Word(value, line, value.text());
    }

    private static boolean endsBareWord(Cursor cursor, boolean inBrackets) {
        char c = cursor.peek();
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '\f' || c == '\u000b') {
            return true;
        }
        if (inBrackets && c == ']') {
            return true;
        }
        return c == '\\' && cursor.peekIs(1, '\n');
    }

    private static void requireWordEnd(Cursor cursor, boolean inBrackets, String closer) throws CardException {
        if (cursor.atEnd() || endsBareWord(cursor, inBrackets)) {
            return;
        }
        throw new CardException(cursor.file, cursor.line, "extra characters after " + closer + ": '"
                + cursor.peek() + "'");
    }

    /** Consumes one character, escape, variable or command substitution of a bare or quoted word. */
    private void substituteOne(Cursor cursor, Substitution parts) throws CardException {
        char c = cursor.peek();
        if (c == '$') {
            substituteVariable(cursor, parts);
        } else if (c == '[') {
            int line = cursor.line;
            cursor.advance();
            CommandSubstitution command = substituteCommand(cursor.file, cursor.text, cursor.position, line);
            cursor.moveTo(command.end());
            parts.addValue(command.value());
        } else if (c == '\\') {
            StringBuilder escaped = new StringBuilder();
            int end = TclEscapes.append(cursor.text, cursor.position, escaped);
            cursor.moveTo(end);
            parts.addText(escaped);
        } else {
            parts.addText(c);
            cursor.advance();
        }
    }

    private void substituteVariable(Cursor cursor, Substitution parts) throws CardException {
        int line = cursor.line;
        cursor.advance();

        String name;
        if (!cursor.atEnd() && cursor.peek() == '{') {
            int close = cursor.text.indexOf('}', cursor.position);
            if (close < 0) {
                throw new CardException(cursor.file, line, "missing close-brace for variable name");
            }
            name = cursor.text.substring(cursor.position + 1, close);
            cursor.moveTo(close + 1);
        } else {
            int start = cursor.position;
            while (!cursor.atEnd() && (isNameCharacter(cursor.peek())
                    || (cursor.peek() == ':' && cursor.peekIs(1, ':')))) {
                if (cursor.peek() == ':') {
                    cursor.advance();
                }
                cursor.advance();
            }
            name = cursor.text.substring(start, cursor.position);
            if (name.isEmpty()) {
                // A dollar sign not followed by a name is an ordinary character in Tcl.
                parts.addText('$');
                return;
            }
            if (!cursor.atEnd() && cursor.peek() == '(') {
                throw new CardException(cursor.file, line, "array variable $" + name
                        + "(...) is not supported by the card reader");
            }
        }
        parts.addValue(variable(name, cursor.file, line));
    }

    static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String collapseBackslashNewlines(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        // Tcl replaces a backslash-newline and the blanks after it by one space even inside braces.
        StringBuilder collapsed = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                if (raw.charAt(i + 1) == '\n') {
                    collapsed.append(' ');
                    i = TclEscapes.skipSpacesAndTabs(raw, i + 2) - 1;
                } else {
                    collapsed.append(c).append(raw.charAt(i + 1));
                    i++;
                }
            } else {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    private CardValue execute(List<Word> words, Path file, int line) throws CardException {
        String command = words.get(0).value().text();
        switch (command) {
            case "set":
                return set(words, file, line);
            case "add":
            case "lappend":
                return append(words, file, line);
            case "incr":
                return increment(words, file, line);
            case "expr":
                return expression(words, file, line);
            case "for":
                return forLoop(words, file, line);
            case "foreach":
                return foreachLoop(words, file, line);
            case "module":
                return module(words, file, line);
            case "source":
                return source(words, file, line);
            default:
                throw new CardException(file, line, "unknown command '" + command + "'; the card reader supports "
                        + SUPPORTED_COMMANDS);
        }
    }

    private CardValue set(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 2, 3, "set varName ?newValue?", file, line);
        String name = words.get(1).value().text();
        if (words.size() == 2) {
            return variable(name, file, line);
        }
        CardValue value = words.get(2).value();
        assign(name, value, file, line);
        return value;
    }

    private CardValue append(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 2, Integer.MAX_VALUE, words.get(0).value().text() + " varName ?value ...?", file,
                line);
        String name = words.get(1).value().text();
        Variable existing = scopeFor(name).variables.get(unqualified(name));

        List<CardValue> elements = new ArrayList<>();
        if (existing != null) {
            try {
                elements.addAll(existing.value().elements());
            } catch (IllegalArgumentException notList) {
                throw new CardException(file, line, "variable '" + name + "' is not a list: " + notList.getMessage());
            }
        }
        for (int i = 2; i < words.size(); i++) {
            elements.add(words.get(i).value());
        }

        CardValue list = CardValue.ofList(elements);
        assign(name, list, file, line);
        return list;
    }

    private CardValue increment(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 2, 3, "incr varName ?increment?", file, line);
        String name = words.get(1).value().text();
        CardValue old = variable(name, file, line);
        long amount = 1;
        if (words.size() == 3) {
            amount = integerOf(words.get(2).value(), "increment", file, line);
        }
        CardValue value = CardValue.of(integerOf(old, "variable '" + name + "'", file, line) + amount);
        assign(name, value, file, line);
        return value;
    }

    private CardValue expression(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 2, Integer.MAX_VALUE, "expr arg ?arg ...?", file, line);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < words.size(); i++) {
            if (i > 1) {
                text.append(' ');
            }
            text.append(words.get(i).value().text());
        }
        return new TclExpression(this, file, line, text.toString()).evaluate();
    }

    private CardValue forLoop(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 5, 5, "for start test next command", file, line);
        Word start = words.get(1);
        Word test = words.get(2);
        Word next = words.get(3);
        Word body = words.get(4);

        evaluate(file, start.script(), start.line());
        long iterations = 0;
        while (new TclExpression(this, file, test.line(), test.value().text()).evaluateCondition()) {
            if (++iterations > MAX_LOOP_ITERATIONS) {
                throw new CardException(file, line, "for loop did not end after " + MAX_LOOP_ITERATIONS
                        + " iterations");
            }
            evaluate(file, body.script(), body.line());
            evaluate(file, next.script(), next.line());
        }
        return CardValue.EMPTY;
    }

    private CardValue foreachLoop(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 4, 4, "foreach varList list command (one variable list and one value list)", file,
                line);
        List<CardValue> names = listOf(words.get(1).value(), "variable list", file, line);
        List<CardValue> values = listOf(words.get(2).value(), "value list", file, line);
        Word body = words.get(3);
        if (names.isEmpty()) {
            throw new CardException(file, line, "foreach varList must not be empty");
        }

        for (int start = 0; start < values.size(); start += names.size()) {
            for (int k = 0; k < names.size(); k++) {
                int index = start + k;
                CardValue value = index < values.size() ? values.get(index) : CardValue.EMPTY;
                assign(names.get(k).text(), value, file, line);
            }
            evaluate(file, body.script(), body.line());
        }
        return CardValue.EMPTY;
    }

    private CardValue module(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 3, Integer.MAX_VALUE, "module className moduleName ?body?", file, line);
        String type = words.get(1).value().text();
        String name = words.get(2).value().text();

        ModuleDefinition definition = modules.get(name);
        if (definition == null) {
            definition = new ModuleDefinition(type, name, file, line);
            modules.put(name, definition);
        } else {
            // Delphes (ExRootConfReader::AddModule) warns and creates the module only once, but the
            // second body still runs in the same Tcl namespace, so its parameters add to the first.
            LOG.warn("{}:{}: module '{}' is already defined at {}:{}; Delphes keeps the first type ({}) and merges the "
                    + "parameters", file, line, name, definition.file, definition.line, definition.type);
        }

        if (words.size() > 3) {
            Scope saved = current;
            current = definition.scope;
            try {
                for (int i = 3; i < words.size(); i++) {
                    evaluate(file, words.get(i).script(), words.get(i).line());
                }
            } finally {
                current = saved;
            }
        }
        return CardValue.EMPTY;
    }

    private CardValue source(List<Word> words, Path file, int line) throws CardException {
        requireArguments(words, 2, 2, "source fileName", file, line);
        Path target = topDirectory.resolve(words.get(1).value().text());
        if (!Files.isRegularFile(target)) {
            throw new CardException(file, line, "sourced file not found: " + target
                    + " (relative names are resolved against the directory of the top card)");
        }
        try {
            evaluateFile(target);
        } catch (CardException error) {
            throw error;
        } catch (IOException unreadable) {
            throw new CardException(file, line, "cannot read sourced file " + target + ": " + unreadable.getMessage());
        }
        return CardValue.EMPTY;
    }

    private void assign(String name, CardValue value, Path file, int line) throws CardException {
        String unqualified = unqualified(name);
        if (unqualified.isEmpty() || unqualified.contains("(")) {
            throw new CardException(file, line, "invalid variable name '" + name
                    + "'; array variables are not supported by the card reader");
        }
        scopeFor(name).variables.put(unqualified, new Variable(value, file, line));
    }

    private Scope scopeFor(String name) {
        return name.startsWith("::") ? global : current;
    }

    private static String unqualified(String name) {
        return name.startsWith("::") ? name.substring(2) : name;
    }

    private static CardValue requireVariable(Scope scope, String name, String shown, Path file, int line)
            throws CardException {
        Variable variable = scope.variables.get(name);
        if (variable == null) {
            throw new CardException(file, line, "can't read \"" + shown + "\": no such variable");
        }
        return variable.value();
    }

    private static long integerOf(CardValue value, String what, Path file, int line) throws CardException {
        try {
            return value.toLong();
        } catch (NumberFormatException notInteger) {
            throw new CardException(file, line, what + " must be an integer, found '" + value.text() + "'");
        }
    }

    private static List<CardValue> listOf(CardValue value, String what, Path file, int line) throws CardException {
        try {
            return value.elements();
        } catch (IllegalArgumentException notList) {
            throw new CardException(file, line, what + " is not a valid list: " + notList.getMessage());
        }
    }

    private static void requireArguments(List<Word> words, int min, int max, String usage, Path file, int line)
            throws CardException {
        if (words.size() < min || words.size() > max) {
            throw new CardException(file, line, "wrong # args: should be \"" + usage + "\"");
        }
    }

    /**
     * The pieces of a bare or quoted word. A word made of exactly one substitution keeps the substituted
     * value itself (a list or a number stays one); anything else becomes text.
     */
    private static final class Substitution {

        // Each part is a String of literal characters or a substituted CardValue.
        private final List<Object> parts = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();

        void addText(char c) {
            pending.append(c);
        }

        void addText(CharSequence characters) {
            pending.append(characters);
        }

        void addValue(CardValue value) {
            flushText();
            parts.add(value);
        }

        CardValue result() {
            flushText();
            if (parts.size() == 1 && parts.get(0) instanceof CardValue value) {
                return value;
            }
            StringBuilder text = new StringBuilder();
            for (Object part : parts) {
                text.append(part instanceof CardValue value ? value.text() : (String) part);
            }
            return CardValue.of(text.toString());
        }

        private void flushText() {
            if (pending.length() > 0) {
                parts.add(pending.toString());
                pending.setLength(0);
            }
        }
    }
}
