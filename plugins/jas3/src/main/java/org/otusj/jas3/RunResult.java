package org.otusj.jas3;

import java.nio.file.Path;
import java.util.List;
import org.otusj.core.loop.RunSummary;

/**
 * The outcome of a completed run of a steering file.
 *
 * @param steeringFile the steering file
 * @param outputDirectory the run's global {@code OutputDirectory}, absolute
 * @param aidaFiles the AIDA files the run wrote under the output directory, sorted by path
 * @param summary events, timing per processor
 * @param stoppedByUser whether the run ended early because the user pressed Stop
 */
record RunResult(Path steeringFile, Path outputDirectory, List<Path> aidaFiles, RunSummary summary,
        boolean stoppedByUser) {

    /** Copies the list. */
    RunResult {
        aidaFiles = List.copyOf(aidaFiles);
    }
}
