package org.otusj.detector;

import org.otusj.detector.card.CardModule;
import org.otusj.detector.formula.DelphesFormula;
import org.otusj.detector.formula.FormulaException;

/** Compilation of a module's formula parameter, with errors that name the card line. */
final class ModuleFormulas {

    private ModuleFormulas() {
    }

    /**
     * Compiles {@code parameter} of {@code module}, or {@code defaultText} if the module does not set it
     * (the Delphes modules have such defaults, e.g. "1.0" for an efficiency).
     *
     * @throws IllegalArgumentException naming the card file and line if the formula is invalid
     */
    static DelphesFormula compile(CardModule module, String parameter, String defaultText) {
        String text = module.string(parameter, defaultText);
        try {
            return DelphesFormula.compile(text);
        } catch (FormulaException invalid) {
            throw new IllegalArgumentException(module.locationOf(parameter) + ": invalid " + parameter + " of module '"
                    + module.name() + "': " + invalid.getMessage(), invalid);
        }
    }
}
