package org.otusj.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Stands in for {@code otusj view} in a build without the JAS plotter module. */
@Command(name = "view", mixinStandardHelpOptions = true, description = "Show an AIDA file in a JAS plotter window (not in this build: it needs "
        + "Debian's libjas-plotter-java at build time).")
final class ViewUnavailableCommand implements Callable<Integer> {

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        System.err.println("otusj view: this build has no JAS plotter window. Install Debian's libjas-plotter-java "
                + "(sudo apt-get install libjas-plotter-java) and rebuild with 'mvn package', or write image files "
                + "with 'otusj plot FILE -o DIRECTORY'.");
        return 2;
    }
}
