package org.otusj.otus.processor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.SkipEventException;

class OtusSelectionTest {

    private static OtusSelection selection(String truth, List<String> veto) {
        OtusSelection selection = new OtusSelection();
        ParameterSet parameters = ParameterSet.of(OtusSelection.class);
        parameters.find("TruthCollection").orElseThrow().set(selection, truth);
        parameters.find("VetoCollections").orElseThrow().set(selection, veto);
        selection.init(new ProcessorContext("Selection", new GlobalSettings()));
        return selection;
    }

    private static Event event(List<RecoParticle> electrons, List<RecoParticle> jets) {
        Event event = new Event(0, 1);
        event.addCollection("Electrons", electrons);
        event.addCollection("Jets", jets);
        return event;
    }

    private static final RecoParticle ELECTRON = RecoParticle.electron(-1, FourVector.fromPtEtaPhiM(40, 0.1, 0.2, 0));
    private static final RecoParticle POSITRON = RecoParticle.electron(1, FourVector.fromPtEtaPhiM(45, -0.3, -2.9, 0));
    private static final RecoParticle JET = new RecoParticle(0, 0, FourVector.fromPtEtaPhiM(30, 1.0, 1.0, 5));

    @Test
    void declaresEveryCollectionRead() {
        OtusSelection selection = selection("MCParticles", List.of("Muons", "Jets"));
        assertEquals(Set.of("MCParticles", "Electrons", "Muons", "Jets"), selection.inputCollections());
    }

    @Test
    void recoOnlyDeclaresNoTruth() {
        OtusSelection selection = selection("", List.of());
        assertEquals(Set.of("Electrons"), selection.inputCollections());
    }

    @Test
    void pairWithoutJetsPasses() {
        OtusSelection selection = selection("", List.of("Jets"));
        assertDoesNotThrow(() -> selection.processEvent(event(List.of(ELECTRON, POSITRON), List.of())));
    }

    @Test
    void jetVetoSkipsEvent() {
        OtusSelection selection = selection("", List.of("Jets"));
        assertThrows(SkipEventException.class, () -> selection.processEvent(event(List.of(ELECTRON, POSITRON), List.of(JET))));
    }

    @Test
    void sameChargePairSkipsEvent() {
        OtusSelection selection = selection("", List.of());
        assertThrows(SkipEventException.class, () -> selection.processEvent(event(List.of(ELECTRON, ELECTRON), List.of())));
    }

    @Test
    void jetsAllowedWithoutVeto() {
        OtusSelection selection = selection("", List.of());
        assertDoesNotThrow(() -> selection.processEvent(event(List.of(ELECTRON, POSITRON), List.of(JET))));
    }
}
