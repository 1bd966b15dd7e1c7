package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otusj.io.lhe.ParticleAssertions.assertParticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otusj.core.event.Particle;
import org.otusj.core.testing.TestPaths;

/**
 * Reads the two files of {@code lhe-examples/} and compares with numbers copied by hand from the file
 * text. Line numbers in the comments are those of the uncompressed text ({@code zcat file | grep -n ''}).
 */
class LheFileExampleFilesTest {

    private static final Path MADGRAPH = TestPaths.repositoryFile("lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz");
    private static final Path POWHEG = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");

    /** All events of a file, with the first and last kept for checks. */
    private record Summary(LheEvent first, LheEvent last, long count, long lastLineNumber, boolean endTag) {
    }

    private static Summary readAll(Path path) throws IOException {
        try (LheFile file = LheFile.open(path)) {
            LheEvent first = file.next();
            LheEvent last = first;
            long count = first == null ? 0 : 1;
            for (LheEvent event = file.next(); event != null; event = file.next()) {
                last = event;
                count++;
            }
            assertEquals(count, file.eventsRead());
            return new Summary(first, last, count, file.lineNumber(), file.endTagFound());
        }
    }

    @Test
    void madGraphInitBlock() throws IOException {
        try (LheFile file = LheFile.open(MADGRAPH)) {
            LheInit init = file.init();
            assertTrue(file.isGzipped());

            // line 1: <LesHouchesEvents version="1.0">
            assertEquals("1.0", init.version());

            // line 488: 2212 2212 0.35000000000E+04 0.35000000000E+04 0 0 10800 10800 3 3
            assertEquals(2212, init.beamId1());
            assertEquals(2212, init.beamId2());
            assertEquals(3500.0, init.beamEnergy1());
            assertEquals(3500.0, init.beamEnergy2());
            assertEquals(7000.0, init.centreOfMassEnergy(), 1e-9);
            assertEquals(0, init.pdfGroup1());
            assertEquals(0, init.pdfGroup2());
            assertEquals(10800, init.pdfSet1());
            assertEquals(10800, init.pdfSet2());
            assertEquals(3, init.weightStrategy());
            assertEquals(3, init.processCount());

            // lines 489-491: XSECUP XERRUP XMAXUP LPRUP
            assertEquals(new LheProcess(0.60733273992E+03, 0.14435748608E+01, 0.37513000000E+00, 3),
                    init.processes().get(0));
            assertEquals(new LheProcess(0.10785969890E+04, 0.25637272551E+01, 0.37513000000E+00, 2),
                    init.processes().get(1));
            assertEquals(new LheProcess(0.20649062749E+04, 0.49080950071E+01, 0.37513000000E+00, 1),
                    init.processes().get(2));

            assertEquals("", init.initExtra());
            assertTrue(init.weightDefinitions().isEmpty());
            assertTrue(init.weightInfos().isEmpty());
        }
    }

    @Test
    void madGraphHeaderText() throws IOException {
        try (LheFile file = LheFile.open(MADGRAPH)) {
            String header = file.init().header();

            // line 3 is the first line inside <header>, line 485 the last.
            assertTrue(header.startsWith("<!--"), header.substring(0, 40));
            assertTrue(header.endsWith("</MGGenerationInfo>"));
            assertTrue(header.contains("generate p p > l+ l- QED=2 QCD=0 @1"));
            assertTrue(header.contains("#  Number of Events        :        10000"));
            assertFalse(header.contains("<header>"));
            assertFalse(header.contains("<init>"));
            // lines 3 to 485
            assertEquals(483, header.lines().count());
            assertEquals("", file.init().prologue());
        }
    }

    @Test
    void madGraphEventCountAndEnd() throws IOException {
        Summary summary = readAll(MADGRAPH);

        // zgrep -c '<event' madgraph-2.2.1-Z-mlm.lhe.gz prints 10000
        assertEquals(10000, summary.count());
        // line 140870: </LesHouchesEvents>, the last line
        assertTrue(summary.endTag());
        assertEquals(140870, summary.lastLineNumber());
    }

    @Test
    void madGraphFirstEvent() throws IOException {
        LheEvent event = readAll(MADGRAPH).first();
        LheEventInfo info = event.info();

        // line 493: <event>
        assertEquals(493, event.lineNumber());
        // line 494: 5 1 0.3751300E+00 0.9118800E+02 0.7546771E-02 0.1179815E+00
        assertEquals(1, info.processId());
        assertEquals(0.3751300E+00, info.weight());
        assertEquals(0.9118800E+02, info.scale());
        assertEquals(0.7546771E-02, info.alphaQed());
        assertEquals(0.1179815E+00, info.alphaQcd());
        assertTrue(info.namedWeights().isEmpty());
        assertTrue(info.weights().isEmpty());
        assertTrue(info.attributes().isEmpty());

        List<Particle> particles = event.particles();
        assertEquals(5, particles.size());
        // line 495
        assertParticle(particles.get(0), 2, -1, 0, 0, 501, 0, 0.00000000000E+00, 0.00000000000E+00,
                0.58437780464E+02, 0.58437780464E+02, 0.00000000000E+00, 0., -1.);
        // line 496
        assertParticle(particles.get(1), -2, -1, 0, 0, 0, 501, 0.00000000000E+00, 0.00000000000E+00,
                -0.34889445674E+02, 0.34889445674E+02, 0.00000000000E+00, 0., 1.);
        // line 497
        assertParticle(particles.get(2), 23, 2, 1, 2, 0, 0, 0.00000000000E+00, 0.00000000000E+00,
                0.23548334790E+02, 0.93327226138E+02, 0.90307513903E+02, 0., 0.);
        // line 498
        assertParticle(particles.get(3), -11, 1, 3, 3, 0, 0, -0.10775103667E+01, -0.43162329701E+02,
                0.25434093995E+02, 0.50110287080E+02, 0.00000000000E+00, 0., -1.);
        // line 499
        assertParticle(particles.get(4), 11, 1, 3, 3, 0, 0, 0.10775103667E+01, 0.43162329701E+02,
                -0.18857592050E+01, 0.43216939059E+02, 0.00000000000E+00, 0., 1.);

        // lines 500-504: a comment line and the <clustering> block, kept as raw text
        assertEquals("#  0.7000000E+04  0.7000000E+04\n"
                + "<clustering>\n"
                + "<clus scale=\"   90.308\">  4  5 -1 -1</clus>\n"
                + "<clus scale=\"   91.188\">  1  4  2 -1</clus>\n"
                + "</clustering>", info.extra());
    }

    @Test
    void madGraphLastEvent() throws IOException {
        LheEvent event = readAll(MADGRAPH).last();
        LheEventInfo info = event.info();

        // line 140855: <event>
        assertEquals(140855, event.lineNumber());
        // line 140856: 6 2 0.3751300E+00 0.9118800E+02 0.7546771E-02 0.1179815E+00
        assertEquals(2, info.processId());
        assertEquals(0.3751300E+00, info.weight());
        assertEquals(0.9118800E+02, info.scale());
        assertEquals(0.7546771E-02, info.alphaQed());
        assertEquals(0.1179815E+00, info.alphaQcd());

        List<Particle> particles = event.particles();
        assertEquals(6, particles.size());
        // line 140857
        assertParticle(particles.get(0), -1, -1, 0, 0, 0, 501, 0.00000000000E+00, 0.00000000000E+00,
                0.90915774971E+02, 0.90915774971E+02, 0.00000000000E+00, 0., 1.);
        // line 140858
        assertParticle(particles.get(1), 1, -1, 0, 0, 502, 0, 0.00000000000E+00, 0.00000000000E+00,
                -0.15543530185E+03, 0.15543530185E+03, 0.00000000000E+00, 0., -1.);
        // line 140859
        assertParticle(particles.get(2), 23, 2, 1, 2, 0, 0, 0.37330707250E+02, -0.90084703177E+02,
                -0.66885388890E+02, 0.14880912301E+03, 0.90341930437E+02, 0., 0.);
        // line 140860
        assertParticle(particles.get(3), -11, 1, 3, 3, 0, 0, 0.90935317054E+01, -0.74956431145E+02,
                -0.83621470723E+02, 0.11266636257E+03, 0.00000000000E+00, 0., -1.);
        // line 140861
        assertParticle(particles.get(4), 11, 1, 3, 3, 0, 0, 0.28237175544E+02, -0.15128272032E+02,
                0.16736081833E+02, 0.36142760444E+02, 0.00000000000E+00, 0., 1.);
        // line 140862
        assertParticle(particles.get(5), 21, 1, 1, 2, 502, 501, -0.37330707250E+02, 0.90084703177E+02,
                0.23658620062E+01, 0.97541953811E+02, 0.00000000000E+00, 0., 1.);

        // line 140863
        assertTrue(info.extra().startsWith("#  0.7000000E+04  0.7000000E+04  0.9751326E+02\n<clustering>"));
        assertTrue(info.extra().endsWith("</clustering>"));
    }

    @Test
    void powhegInitBlock() throws IOException {
        try (LheFile file = LheFile.open(POWHEG)) {
            LheInit init = file.init();
            assertFalse(file.isGzipped());

            // line 1: <LesHouchesEvents version="3.0">
            assertEquals("3.0", init.version());

            // line 91: 2212 2212 4.00000E+03 4.00000E+03 -1 -1 -1 -1 -4 1
            assertEquals(2212, init.beamId1());
            assertEquals(2212, init.beamId2());
            assertEquals(4000.0, init.beamEnergy1());
            assertEquals(4000.0, init.beamEnergy2());
            assertEquals(-1, init.pdfGroup1());
            assertEquals(-1, init.pdfGroup2());
            assertEquals(-1, init.pdfSet1());
            assertEquals(-1, init.pdfSet2());
            assertEquals(-4, init.weightStrategy());
            assertEquals(1, init.processCount());

            // line 92: 1.20536E+03 1.73235E+00 1.00000E+00 10011
            assertEquals(new LheProcess(1.20536E+03, 1.73235E+00, 1.00000E+00, 10011), init.processes().get(0));
            assertEquals("", init.initExtra());
        }
    }

    @Test
    void powhegCommentIsPrologue() throws IOException {
        try (LheFile file = LheFile.open(POWHEG)) {
            LheInit init = file.init();

            // No <header> block: lines 2-89 are one XML comment with the POWHEG input card.
            assertEquals("", init.header());
            assertTrue(init.prologue().startsWith("<!--\nfile generated with POWHEG-BOX-V2"));
            assertTrue(init.prologue().endsWith("-->"));
            assertTrue(init.prologue().contains("ebeam1 4000d0    ! energy of beam 1"));
            assertEquals(88, init.prologue().lines().count());
        }
    }

    @Test
    void powhegEventCountAndEnd() throws IOException {
        Summary summary = readAll(POWHEG);

        // grep -c '<event' powheg-box-v2-Z.lhe prints 100
        assertEquals(100, summary.count());
        // line 1094: </LesHouchesEvents>, then line 1095, a comment that is read only to check for more events
        assertTrue(summary.endTag());
        assertEquals(1095, summary.lastLineNumber());
    }

    @Test
    void powhegFirstEvent() throws IOException {
        LheEvent event = readAll(POWHEG).first();
        LheEventInfo info = event.info();

        // line 94: <event>
        assertEquals(94, event.lineNumber());
        // line 95: 6 10011 1.22355E+03 1.54156E+01 -1.00000E+00 1.81256E-01
        assertEquals(10011, info.processId());
        assertEquals(1.22355E+03, info.weight());
        assertEquals(1.54156E+01, info.scale());
        assertEquals(-1.00000E+00, info.alphaQed());
        assertEquals(1.81256E-01, info.alphaQcd());

        List<Particle> particles = event.particles();
        assertEquals(6, particles.size());
        // line 96
        assertParticle(particles.get(0), 2, -1, 0, 0, 511, 0, 0.000000000E+00, 0.000000000E+00,
                4.018783720E+02, 4.018783720E+02, 2.989934778E-06, 0.00000E+00, 9.000E+00);
        // line 97
        assertParticle(particles.get(1), -2, -1, 0, 0, 0, 501, 0.000000000E+00, 0.000000000E+00,
                -1.245793266E+01, 1.245793266E+01, 1.098679277E-07, 0.00000E+00, 9.000E+00);
        // line 98
        assertParticle(particles.get(2), 23, 2, 1, 2, 0, 0, 5.851072050E+00, 1.426204896E+01,
                1.694595565E+02, 1.938358941E+02, 9.283410720E+01, 0.00000E+00, 9.000E+00);
        // line 99
        assertParticle(particles.get(3), 11, 1, 3, 3, 0, 0, 4.332302359E+01, 2.737693503E+00,
                1.344189865E+02, 1.412545337E+02, 5.109989100E-04, 0.00000E+00, 9.000E+00);
        // line 100
        assertParticle(particles.get(4), -11, 1, 3, 3, 0, 0, -3.747195154E+01, 1.152435546E+01,
                3.504056999E+01, 5.258136044E+01, 5.109989100E-04, 0.00000E+00, 9.000E+00);
        // line 101
        assertParticle(particles.get(5), 21, 1, 1, 2, 511, 501, -5.851072050E+00, -1.426204896E+01,
                2.199608828E+02, 2.205004105E+02, 2.493191431E-06, 0.00000E+00, 9.000E+00);

        // line 102: POWHEG's #rwgt comment, which is not an LHEF 3.0 <rwgt> block
        assertEquals("#rwgt            1           7   414.90390766179996         54217137           1           0",
                info.extra());
        assertTrue(info.namedWeights().isEmpty());
        assertTrue(info.weights().isEmpty());
    }

    @Test
    void powhegLastEvent() throws IOException {
        LheEvent event = readAll(POWHEG).last();
        LheEventInfo info = event.info();

        // line 1084: <event>
        assertEquals(1084, event.lineNumber());
        // line 1085: 6 10011 1.22355E+03 5.75653E+01 -1.00000E+00 1.38557E-01
        assertEquals(10011, info.processId());
        assertEquals(1.22355E+03, info.weight());
        assertEquals(5.75653E+01, info.scale());
        assertEquals(-1.00000E+00, info.alphaQed());
        assertEquals(1.38557E-01, info.alphaQcd());

        List<Particle> particles = event.particles();
        assertEquals(6, particles.size());
        // line 1086
        assertParticle(particles.get(0), -1, -1, 0, 0, 0, 501, 0.000000000E+00, 0.000000000E+00,
                1.671104996E+02, 1.671104996E+02, 1.157781839E-06, 0.00000E+00, 9.000E+00);
        // line 1087
        assertParticle(particles.get(1), 21, -1, 0, 0, 501, 511, 0.000000000E+00, 0.000000000E+00,
                -7.876234517E+01, 7.876234517E+01, 4.381195648E-07, 0.00000E+00, 9.000E+00);
        // line 1088
        assertParticle(particles.get(2), 23, 2, 1, 2, 0, 0, -4.739877907E+01, 3.266674501E+01,
                1.358319809E+02, 1.712506345E+02, 8.696374116E+01, 0.00000E+00, 9.000E+00);
        // line 1089
        assertParticle(particles.get(3), 11, 1, 3, 3, 0, 0, -6.738270003E+01, 4.105772759E+01,
                1.227833856E+02, 1.459517901E+02, 5.109989100E-04, 0.00000E+00, 9.000E+00);
        // line 1090
        assertParticle(particles.get(4), -11, 1, 3, 3, 0, 0, 1.998392096E+01, -8.390982575E+00,
                1.304859533E+01, 2.529884436E+01, 5.109989100E-04, 0.00000E+00, 9.000E+00);
        // line 1091
        assertParticle(particles.get(5), -1, 1, 1, 2, 0, 511, 4.739877907E+01, -3.266674501E+01,
                -4.748382652E+01, 7.462221028E+01, 0.000000000E+00, 0.00000E+00, 9.000E+00);

        // line 1092
        assertEquals("#rwgt            1           5   174.06622764859333         54217137        8407           0",
                info.extra());
    }

    @Test
    void nextAfterEndReturnsNull() throws IOException {
        try (LheFile file = LheFile.open(POWHEG)) {
            while (file.next() != null) {
                assertNotNull(file.init());
            }
            assertNull(file.next());
            assertEquals(100, file.eventsRead());
        }
    }
}
