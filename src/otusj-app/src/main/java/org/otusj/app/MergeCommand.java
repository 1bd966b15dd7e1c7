package org.otusj.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otusj.aida.AidaPath;
import org.otusj.aida.merge.AidaMerger;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.aida.xml.AidaXmlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otusj merge A.aida B.aida ... -o SUM.aida}: adds the histograms, profiles and clouds of the same
 * path in the AIDA files of split runs.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Add the histograms, profiles and clouds at the same path in AIDA files"
        + " of split runs (entries, sums of weights and squared weights, moments) and write the sum.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "AIDA files to add, gzip-compressed or plain.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
            description = "AIDA file to write the sum to; replaced only when the sum is complete.")
    private Path output;

    @Option(names = "--plain", description = "Write plain XML instead of gzip-compressed XML.")
    private boolean plain;

    @Override
    public Integer call() {
        List<AidaMerger.Input> trees = new ArrayList<>();
        try {
            for (Path input : inputs) {
                trees.add(new AidaMerger.Input(input.toString(), AidaXmlReader.read(input)));
            }
        } catch (IOException unreadable) {
            System.err.println("otusj merge: nothing was written: " + unreadable.getMessage());
            return 2;
        }

        AidaMerger.Result result;
        try {
            result = AidaMerger.merge(trees);
        } catch (IllegalArgumentException incompatible) {
            System.err.println("otusj merge: nothing was written: " + incompatible.getMessage());
            return 1;
        }
        for (Map.Entry<AidaPath, List<String>> missing : result.incomplete().entrySet()) {
            System.err.println("otusj merge: warning: " + missing.getKey() + " is missing from "
                    + String.join(", ", missing.getValue()) + "; the sum holds it from the other files only");
        }

        try {
            (plain ? AidaXmlWriter.plain() : AidaXmlWriter.gzipped()).write(result.sum(), output);
        } catch (IOException | IllegalArgumentException failed) {
            System.err.println("otusj merge: cannot write " + output + ": " + failed.getMessage());
            return 1;
        }
        System.out.println("Merged " + result.sum().size() + " objects from " + inputs.size() + " files into "
                + output);
        return 0;
    }
}
