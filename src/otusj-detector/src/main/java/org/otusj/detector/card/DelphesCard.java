package org.otusj.detector.card;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otusj.core.processor.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Delphes detector card (a Tcl file, {@code .tcl}), read into its modules and global settings.
 *
 * <p>The card is evaluated as Delphes evaluates it (see {@link TclInterpreter} for the Tcl subset
 * and its rules), so parameters built by loops, such as the calorimeter {@code EtaPhiBins}, hold the
 * values the loops compute. This class does not interpret the modules. The detector classes read the
 * parameters they need by name.
 */
public final class DelphesCard {

    private static final Logger LOG = LoggerFactory.getLogger(DelphesCard.class);

    private final Path path;
    private final Map<String, CardModule> modules;
    private final Map<String, CardValue> globals;
    private final List<String> executionPath;

    private DelphesCard(Path path, Map<String, CardModule> modules, Map<String, CardValue> globals,
            List<String> executionPath) {
        this.path = path;
        this.modules = modules;
        this.globals = globals;
        this.executionPath = executionPath;
    }

    /**
     * Reads and evaluates the card at {@code path}, with the files it {@code source}s.
     *
     * @throws NoSuchFileException if the card does not exist
     * @throws CardException for a Tcl error or an unsupported command, naming the file and line
     * @throws IOException if the card cannot be read
     */
    public static DelphesCard read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "Delphes card not found");
        }
        long start = System.nanoTime();

        TclInterpreter interpreter = new TclInterpreter(path);
        interpreter.evaluateFile(path);

        Map<String, CardModule> modules = new LinkedHashMap<>();
        for (TclInterpreter.ModuleDefinition definition : interpreter.modules().values()) {
            modules.put(definition.name, new CardModule(definition.type, definition.name, definition.file,
                    definition.line, definition.scope.variables));
        }

        Map<String, CardValue> globals = new LinkedHashMap<>();
        interpreter.global().variables.forEach((name, variable) -> globals.put(name, variable.value()));

        List<String> executionPath = readExecutionPath(path, interpreter.global());
        List<String> undefined = new ArrayList<>(executionPath);
        undefined.removeAll(modules.keySet());
        if (!undefined.isEmpty()) {
            LOG.warn("{}: ExecutionPath names modules that the card does not define: {}", path,
                    String.join(", ", undefined));
        }

        LOG.info("Read Delphes card {}: {} modules, {} in the execution path ({} ms)", path, modules.size(),
                executionPath.size(), (System.nanoTime() - start) / 1_000_000);
        return new DelphesCard(path, Collections.unmodifiableMap(modules), Collections.unmodifiableMap(globals),
                executionPath);
    }

    /** The card file. */
    public Path path() {
        return path;
    }

    /**
     * The module names of the global {@code ExecutionPath}, in order; empty if the card does not set
     * it.
     */
    public List<String> executionPath() {
        return executionPath;
    }

    /** All modules in the order of their first definition. */
    public List<CardModule> modules() {
        return List.copyOf(modules.values());
    }

    /** Returns the module named {@code name}, if the card defines one. */
    public Optional<CardModule> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    /**
     * Returns the module named {@code name}, which must be of Delphes class {@code expectedType}.
     *
     * @throws IllegalArgumentException if there is no such module or it has another type; the message
     *     names the card and suggests a close module name
     */
    public CardModule requireModule(String name, String expectedType) {
        CardModule module = modules.get(name);
        if (module == null) {
            throw new IllegalArgumentException(path + ": no module named '" + name + "'."
                    + Suggestions.didYouMean(name, modules.keySet()) + " Modules of type " + expectedType + ": "
                    + namesOfType(expectedType));
        }
        if (!module.type().equals(expectedType)) {
            throw new IllegalArgumentException(module.file() + ":" + module.line() + ": module '" + name
                    + "' is a " + module.type() + ", expected a " + expectedType + ". Modules of type "
                    + expectedType + ": " + namesOfType(expectedType));
        }
        return module;
    }

    /** Variables set outside any module, such as {@code ExecutionPath} or {@code RandomSeed}. */
    public Map<String, CardValue> globals() {
        return globals;
    }

    @Override
    public String toString() {
        return "Delphes card " + path + " (" + modules.size() + " modules)";
    }

    private String namesOfType(String type) {
        List<String> names = new ArrayList<>();
        for (CardModule module : modules.values()) {
            if (module.type().equals(type)) {
                names.add(module.name());
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static List<String> readExecutionPath(Path path, TclInterpreter.Scope global) throws CardException {
        TclInterpreter.Variable variable = global.variables.get("ExecutionPath");
        if (variable == null) {
            LOG.info("{}: the card sets no ExecutionPath, so Delphes would run no module", path);
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            for (CardValue element : variable.value().elements()) {
                names.add(element.text());
            }
        } catch (IllegalArgumentException notList) {
            throw new CardException(variable.file(), variable.line(), "ExecutionPath is not a valid list: "
                    + notList.getMessage());
        }
        return List.copyOf(names);
    }
}
