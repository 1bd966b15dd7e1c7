package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otusj.io.lhe.ParticleAssertions.assertParticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otusj.core.testing.TestPaths;

/**
 * Reads the other LHE files of the shared test data to the end and checks values copied by hand from
 * their text. Line numbers in the comments are those of the uncompressed text.
 */
class LheFileSharedDataTest {

    private static final Path PP2TT = TestPaths.sharedFile("lhe/hep-ml-lab_pp2tt_run_01_unweighted_events.lhe.gz");
    private static final Path PYTHIA = TestPaths.sharedFile("lhe/skhep-testdata_pylhe-testfile-pythia-6.413-ttbar.lhe");
    private static final Path WBJ = TestPaths.sharedFile("lhe/skhep-testdata_pylhe-testfile-madgraph-2.0.0-wbj.lhe");
    private static final Path LHEF3 = TestPaths.sharedFile("lhe/skhep-testdata_pylhe-testlhef3.lhe");

    /** The init block and every event of a small file. */
    private record Contents(LheInit init, List<LheEvent> events, boolean endTag) {
    }

    private static Contents readAll(Path path) throws IOException {
        try (LheFile file = LheFile.open(path)) {
            List<LheEvent> events = new ArrayList<>();
            for (LheEvent event = file.next(); event != null; event = file.next()) {
                events.add(event);
            }
            return new Contents(file.init(), events, file.endTagFound());
        }
    }

    @Test
    void pp2ttInitAndWeightDefinitions() throws IOException {
        Contents contents = readAll(PP2TT);
        LheInit init = contents.init();

        assertEquals("3.0", init.version());
        // line 483: 2212 2212 6.500000e+03 6.500000e+03 0 0 247000 247000 -4 1
        assertEquals(2212, init.beamId1());
        assertEquals(6500.0, init.beamEnergy2());
        assertEquals(247000, init.pdfSet1());
        assertEquals(247000, init.pdfSet2());
        assertEquals(-4, init.weightStrategy());
        // line 484: 5.036470e+02 2.824566e+00 5.036470e+02 1
        assertEquals(List.of(new LheProcess(5.036470e+02, 2.824566e+00, 5.036470e+02, 1)), init.processes());
        // line 485
        assertEquals("<generator name='MadGraph5_aMC@NLO' version='3.5.2'>please cite 1405.0301 </generator>",
                init.initExtra());

        // zcat ... | grep -c '<weight id' prints 145 (lines 328-474)
        List<LheWeightDefinition> definitions = init.weightDefinitions();
        assertEquals(145, definitions.size());
        // line 328: <weight id="1" MUR="0.5"  MUF="0.5"  PDF="247000" > MUR=0.5 MUF=0.5  </weight>
        assertEquals(new LheWeightDefinition("1", "MUR=0.5 MUF=0.5", "Central scale variation",
                Map.of("MUR", "0.5", "MUF", "0.5", "PDF", "247000")), definitions.get(0));
        assertEquals(List.of("MUR", "MUF", "PDF"), List.copyOf(definitions.get(0).attributes().keySet()));
        // line 375: <weight id="46" MUR="1.0"  MUF="1.0"  PDF="247001" > PDF=247000 MemberID=1 </weight>
        assertEquals(new LheWeightDefinition("46", "PDF=247000 MemberID=1", "NNPDF23_lo_as_0130_qed",
                Map.of("MUR", "1.0", "MUF", "1.0", "PDF", "247001")), definitions.get(45));
        // line 474
        assertEquals("145", definitions.get(144).id());
        assertTrue(init.weightInfos().isEmpty());
    }

    @Test
    void pp2ttEventsAndRwgtWeights() throws IOException {
        Contents contents = readAll(PP2TT);

        // zgrep -c '<event' prints 100, and zgrep -c '<wgt' prints 14500 = 100 events x 145
        assertEquals(100, contents.events().size());
        assertTrue(contents.endTag());
        for (LheEvent event : contents.events()) {
            assertEquals(145, event.info().namedWeights().size(), "weights of the event at line " + event.lineNumber());
            assertEquals(4, event.particles().size());
        }

        LheEvent first = contents.events().get(0);
        LheEventInfo info = first.info();
        // line 488: 4 1 +5.0364700e+02 1.90454300e+02 7.54677100e-03 1.15805200e-01
        assertEquals(487, first.lineNumber());
        assertEquals(1, info.processId());
        assertEquals(5.0364700e+02, info.weight());
        assertEquals(1.90454300e+02, info.scale());
        assertEquals(7.54677100e-03, info.alphaQed());
        assertEquals(1.15805200e-01, info.alphaQcd());
        // line 489
        assertParticle(first.particles().get(0), 21, -1, 0, 0, 503, 502, +0.0000000000e+00, +0.0000000000e+00,
                +4.9284225102e+01, 4.9284225102e+01, 0.0000000000e+00, 0.0000e+00, -1.0000e+00);
        // line 492
        assertParticle(first.particles().get(3), -6, 1, 1, 2, 0, 502, -7.4572934375e+01, +2.7977000383e+01,
                -3.6388727121e+02, 4.1071496350e+02, 1.7300000000e+02, 0.0000e+00, 1.0000e+00);

        List<LheWeight> weights = info.namedWeights();
        // line 501: <wgt id='1'> +6.4898083e+02 </wgt>
        assertEquals(new LheWeight("1", +6.4898083e+02), weights.get(0));
        // line 502: <wgt id='2'> +6.6645646e+02 </wgt>
        assertEquals(new LheWeight("2", +6.6645646e+02), weights.get(1));
        // line 645: <wgt id='145'> +4.9408847e+02 </wgt>
        assertEquals(new LheWeight("145", +4.9408847e+02), weights.get(144));
        assertTrue(info.weights().isEmpty());

        // lines 493-499: the <mgrwt> block is kept as raw text
        assertTrue(info.extra().startsWith("<mgrwt>\n<rscale>  2 0.19045429E+03</rscale>"), info.extra());
        assertTrue(info.extra().endsWith("<totfact> 0.79796815E+04</totfact>\n</mgrwt>"), info.extra());
    }

    @Test
    void pythiaTtbarFile() throws IOException {
        Contents contents = readAll(PYTHIA);
        LheInit init = contents.init();

        // grep -c '<event' prints 100
        assertEquals(100, contents.events().size());
        assertEquals("1.0", init.version());
        // line 6: 2212 -2212 9.800000E+02 9.800000E+02 0 0 7 7 3 2
        assertEquals(2212, init.beamId1());
        assertEquals(-2212, init.beamId2());
        assertEquals(9.800000E+02, init.beamEnergy1());
        assertEquals(9.800000E+02, init.beamEnergy2());
        assertEquals(0, init.pdfGroup1());
        assertEquals(7, init.pdfSet2());
        assertEquals(3, init.weightStrategy());
        // lines 7-8
        assertEquals(List.of(new LheProcess(5.220106E+00, 5.384128E-01, 1.000000E+00, 81),
                new LheProcess(2.602564E-01, 1.062492E-01, 1.000000E+00, 82)), init.processes());

        LheEvent first = contents.events().get(0);
        // line 11: 12 81 1.000000E+00 1.733125E+02 7.819848E-03 1.156692E-01
        assertEquals(81, first.info().processId());
        assertEquals(1.733125E+02, first.info().scale());
        assertEquals(12, first.particles().size());
        // line 17
        assertParticle(first.particles().get(5), 5, 1, 3, 0, 101, 0, 6.4513750383E+01, 2.1051821759E+01,
                -1.0581121112E+02, 1.2579449744E+02, 4.8000000000E+00, 0., 9.);
        // line 24
        assertTrue(first.info().extra().startsWith("#pdf     2   -2  1.1059350620E-01"));
        for (LheEvent event : contents.events()) {
            assertEquals(12, event.particles().size());
        }
    }

    @Test
    void wbjFileWithRwgtAndWeights() throws IOException {
        Contents contents = readAll(WBJ);
        LheInit init = contents.init();

        // grep -c '<event' prints 59
        assertEquals(59, contents.events().size());
        // line 304: 2212 2212 0.40000000E+04 0.40000000E+04 -1 -1 21100 21100 -4 1
        assertEquals(21100, init.pdfSet1());
        assertEquals(-4, init.weightStrategy());
        // line 305: 0.50109086E+02 0.89185414E-01 0.50109093E+02 66
        assertEquals(List.of(new LheProcess(0.50109086E+02, 0.89185414E-01, 0.50109093E+02, 66)), init.processes());
        // lines 306-308: three <generator> lines
        assertEquals(3, init.initExtra().lines().count());

        // lines 290-300: <weightgroup type="scale_variation"> with nine weights
        assertEquals(9, init.weightDefinitions().size());
        assertEquals(new LheWeightDefinition("1001", "muR=0.10000E+01 muF=0.10000E+01", "scale_variation", Map.of()),
                init.weightDefinitions().get(0));
        assertEquals(new LheWeightDefinition("1009", "muR=0.50000E+00 muF=0.50000E+00", "scale_variation", Map.of()),
                init.weightDefinitions().get(8));
        assertTrue(init.header().contains("<initrwgt>"));

        LheEventInfo first = contents.events().get(0).info();
        // line 310: <event npLO=" -1 " npNLO=" 1 ">
        assertEquals(Map.of("npLO", " -1 ", "npNLO", " 1 "), first.attributes());
        // line 313: -.93544317E+03 is written without a leading zero
        assertEquals(-.93544317E+03, contents.events().get(0).particles().get(1).momentum().pz());
        // line 324: <wgt id="1002"> 0.45746E+02 </wgt>
        assertEquals(9, first.namedWeights().size());
        assertEquals(new LheWeight("1002", 0.45746E+02), first.namedWeights().get(1));
        // line 333: <weights> 1.000e+00 0.204e+00 1.564e+00 </weights>
        assertEquals(List.of(1.000e+00, 0.204e+00, 1.564e+00), first.weights());
        // lines 317-321 (five #aMCatNLO lines) and 334 (<scales>)
        assertEquals(6, first.extra().lines().count());
        assertTrue(first.extra().endsWith(
                "<scales muf=\"90.1\" mur=\"90.2\" mups=\"90.3\" newscale=\"90.4\"> random stuff </scales>"));

        // line 1523: <event>, the last; line 1534: <wgt id="1003"> 0.55733E+02 </wgt>
        LheEvent last = contents.events().get(58);
        assertEquals(1523, last.lineNumber());
        assertTrue(last.info().attributes().isEmpty());
        assertEquals(new LheWeight("1003", 0.55733E+02), last.info().namedWeights().get(2));
        assertTrue(last.info().weights().isEmpty());
        // line 1525
        assertParticle(last.particles().get(0), -1, -1, 0, 0, 0, 501, 0.00000000E+00, 0.00000000E+00,
                0.40407181E+03, 0.40407194E+03, 0.33000000E+00, 0.0000E+00, 0.0000E+00);

        // grep -c '<wgt' prints 531 = 59 events x 9
        long wgtCount = 0;
        for (LheEvent event : contents.events()) {
            wgtCount += event.info().namedWeights().size();
        }
        assertEquals(531, wgtCount);
    }

    @Test
    void lhef3FileWithOddInitContent() throws IOException {
        Contents contents = readAll(LHEF3);
        LheInit init = contents.init();

        // grep -c '<event' prints 59
        assertEquals(59, contents.events().size());
        assertTrue(contents.endTag());
        assertEquals(List.of(new LheProcess(0.50109086E+02, 0.89185414E-01, 0.50109093E+02, 66)), init.processes());

        // line 306: <weightinfo name="test" muf="2.0" />
        assertEquals(List.of(new LheWeightDefinition("test", "", "", Map.of("muf", "2.0"))), init.weightInfos());
        // lines 309-317 repeat the nine weights of the header's lines 291-299; each id is kept once
        assertEquals(9, init.weightDefinitions().size());
        assertEquals("1001", init.weightDefinitions().get(0).id());
        assertEquals("1009", init.weightDefinitions().get(8).id());

        // lines 306-323 stay in the raw text, the garbage line 320 among them
        assertEquals(18, init.initExtra().lines().count());
        assertTrue(init.initExtra().contains("\nJust some random garbage...\n"));

        // line 348: <weights> 1.000e+00 0.204e+00 1.564e+00 </weights>
        assertEquals(List.of(1.000e+00, 0.204e+00, 1.564e+00), contents.events().get(0).info().weights());
        // line 351: <event npLO=" 2 " npNLO=" 3 ">, and line 373 its <scales> element
        LheEventInfo second = contents.events().get(1).info();
        assertEquals(Map.of("npLO", " 2 ", "npNLO", " 3 "), second.attributes());
        assertTrue(second.extra().endsWith(
                "<scales pt_1=\"90.1\" pt_2=\"90.2\" pt_4=\"90.3\" pt_5=\"90.4\"> random stuff </scales>"));
        // line 364: <wgt id="1002"> 0.42208E+02 </wgt>
        assertEquals(new LheWeight("1002", 0.42208E+02), second.namedWeights().get(1));
    }
}
