package org.otusj.io.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.testing.TestPaths;
import org.otusj.io.root.file.Key;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.Column;
import org.otusj.io.root.tree.Tree;

/**
 * Corrupted copies of the shared HZZ files, made in a temporary folder: each defect must raise a {@link
 * RootFormatException} (an {@link IOException}) that names the file, the object and the byte offset,
 * before any allocation the file's length does not justify.
 */
class RootCorruptionTest {

    private static final Path ZLIB = TestPaths.sharedFile("root/uproot-HZZ-zlib.root");
    private static final Path LZ4 = TestPaths.sharedFile("root/uproot-HZZ-lz4.root");

    @TempDir
    Path tempDir;

    /** Copies {@code source} into the temporary folder with {@code edit} applied to its bytes. */
    private Path corrupt(Path source, String name, ByteEditor edit) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        byte[] edited = edit.apply(bytes);
        Path copy = tempDir.resolve(name);
        Files.write(copy, edited);
        return copy;
    }

    @FunctionalInterface
    private interface ByteEditor {
        byte[] apply(byte[] bytes) throws IOException;
    }

    /** Basket 0 of {@code branch}: its file offset. */
    private static long basketSeek(Path file, String branch) throws IOException {
        try (RootFile root = RootFile.open(file)) {
            return root.tree("events").branch(branch).basketSeek(0);
        }
    }

    /** Key length of the record at {@code seek}. */
    private static int keyLength(byte[] bytes, long seek) {
        return ByteBuffer.wrap(bytes).getShort((int) seek + 14) & 0xFFFF;
    }

    private static void assertNames(RootFormatException error, Path file, String object) {
        String message = error.getMessage();
        assertTrue(message.contains(file.toString()), "file missing from: " + message);
        assertTrue(message.contains(object), "object '" + object + "' missing from: " + message);
        assertEquals(file, error.file());
    }

    private static Column readNJet(Path file) throws IOException {
        try (RootFile root = RootFile.open(file)) {
            Tree tree = root.tree("events");
            return tree.reader("NJet").readAll();
        }
    }

    @Test
    void wrongMagicNumber() throws IOException {
        Path file = corrupt(ZLIB, "magic.root", bytes -> {
            bytes[0] = 'R';
            return bytes;
        });
        RootFormatException error = assertThrows(RootFormatException.class, () -> RootFile.open(file));
        assertNames(error, file, "file header");
        assertEquals(0, error.offset());
        assertTrue(error.getMessage().contains("magic number 'root'"), error.getMessage());
    }

    @Test
    void truncatedFile() throws IOException {
        Path half = corrupt(ZLIB, "half.root", bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 2));
        RootFormatException error = assertThrows(RootFormatException.class, () -> RootFile.open(half));
        assertNames(error, half, "file header");
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());

        Path tiny = corrupt(ZLIB, "tiny.root", bytes -> java.util.Arrays.copyOf(bytes, 3));
        assertThrows(RootFormatException.class, () -> RootFile.open(tiny));

        // The header survives, but the end of the file with the key list and the tree is gone.
        Path tail = corrupt(ZLIB, "tail.root", bytes -> {
            byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3000);
            ByteBuffer.wrap(cut).putInt(12, cut.length);
            return cut;
        });
        RootFormatException tailError = assertThrows(RootFormatException.class,
                () -> RootFile.open(tail).tree("events"));
        assertTrue(tailError.offset() >= 0, tailError.getMessage());
    }

    @Test
    void basketSizeDisagrees() throws IOException {
        long seek = basketSeek(ZLIB, "NJet");
        Path file = corrupt(ZLIB, "basket-size.root", bytes -> {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            buffer.putInt((int) seek, buffer.getInt((int) seek) + 1);
            return bytes;
        });
        RootFormatException error = assertThrows(RootFormatException.class, () -> readNJet(file));
        assertNames(error, file, "branch NJet, basket 0");
        assertEquals(seek, error.offset());
        assertTrue(error.getMessage().contains("basket sizes disagree"), error.getMessage());
    }

    @Test
    void basketEntryCountDisagrees() throws IOException {
        long seek = basketSeek(ZLIB, "NJet");
        Path file = corrupt(ZLIB, "basket-entries.root", bytes -> {
            int fieldsStart = (int) seek + keyLength(bytes, seek) - 19;
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            buffer.putInt(fieldsStart + 10, buffer.getInt(fieldsStart + 10) + 5);
            return bytes;
        });
        RootFormatException error = assertThrows(RootFormatException.class, () -> readNJet(file));
        assertNames(error, file, "branch NJet, basket 0");
        assertTrue(error.getMessage().contains("entries"), error.getMessage());
    }

    @Test
    void uncompressedSizeDisagrees() throws IOException {
        long seek = basketSeek(ZLIB, "NJet");
        Path file = corrupt(ZLIB, "objlen.root", bytes -> {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            // A huge uncompressed length must be rejected before anything is allocated for it.
            buffer.putInt((int) seek + 6, Integer.MAX_VALUE - 100);
            return bytes;
        });
        RootFormatException error = assertThrows(RootFormatException.class, () -> readNJet(file));
        assertNames(error, file, "branch NJet, basket 0");
        assertTrue(error.offset() >= seek, error.getMessage());
    }

    @Test
    void lz4ChecksumMismatch() throws IOException {
        long seek = basketSeek(LZ4, "Jet_Px");
        Path file = corrupt(LZ4, "checksum.root", bytes -> {
            int block = (int) seek + keyLength(bytes, seek);
            assertEquals('L', bytes[block]);
            assertEquals('4', bytes[block + 1]);
            bytes[block + 9 + 8 + 3] ^= 0x5A;
            return bytes;
        });
        RootFormatException error = assertThrows(RootFormatException.class, () -> {
            try (RootFile root = RootFile.open(file)) {
                root.tree("events").reader("Jet_Px").readAll();
            }
        });
        assertNames(error, file, "branch Jet_Px, basket 0");
        assertTrue(error.getMessage().contains("checksum mismatch"), error.getMessage());
    }

    @Test
    void unknownCompressionAlgorithm() throws IOException {
        long seek = basketSeek(ZLIB, "NJet");
        int[] blockOffset = new int[1];
        Path file = corrupt(ZLIB, "algorithm.root", bytes -> {
            int block = (int) seek + keyLength(bytes, seek);
            assertEquals('Z', bytes[block]);
            bytes[block] = 'Q';
            bytes[block + 1] = 'Q';
            blockOffset[0] = block;
            return bytes;
        });
        UnsupportedRootFeatureException error = assertThrows(UnsupportedRootFeatureException.class,
                () -> readNJet(file));
        assertNames(error, file, "branch NJet, basket 0");
        assertEquals(blockOffset[0], error.offset());
        assertTrue(error.getMessage().contains("unknown compression algorithm tag 'QQ'"), error.getMessage());
    }

    @Test
    void keyPointsPastEnd() throws IOException {
        Key events;
        try (RootFile root = RootFile.open(ZLIB)) {
            events = root.key("events");
        }
        Path file = corrupt(ZLIB, "seek.root", bytes -> {
            int position = keyListEntry(bytes, events);
            ByteBuffer.wrap(bytes).putInt(position + 18, bytes.length + 1000);
            return bytes;
        });
        RootFormatException error = assertThrows(RootFormatException.class, () -> {
            try (RootFile root = RootFile.open(file)) {
                root.tree("events");
            }
        });
        assertNames(error, file, "events;1");
        assertEquals(Files.size(file) + 1000, error.offset());
        assertTrue(error.getMessage().contains("past the end of the file"), error.getMessage());
    }

    @Test
    void streamerInfoPastEnd() throws IOException {
        Path file = corrupt(ZLIB, "seekinfo.root", bytes -> {
            ByteBuffer.wrap(bytes).putInt(37, bytes.length - 10);
            return bytes;
        });
        RootFormatException error = assertThrows(RootFormatException.class, () -> {
            try (RootFile root = RootFile.open(file)) {
                root.streamerInfos();
            }
        });
        assertNames(error, file, "StreamerInfo record");
    }

    @Test
    void branchCountCorruptedInTreeRecord() throws IOException {
        // The uncompressed file stores the TTree record as plain bytes, so its fMaxBaskets can be edited.
        Path source = TestPaths.sharedFile("root/uproot-HZZ-uncompressed.root");
        Key events;
        try (RootFile root = RootFile.open(source)) {
            events = root.key("events");
        }
        Path file = corrupt(source, "maxbaskets.root", bytes -> {
            int start = (int) (events.seekKey() + events.keyLength());
            int found = indexOf(bytes, "NJet/I".getBytes(java.nio.charset.StandardCharsets.US_ASCII), start);
            // fMaxBaskets follows the branch's TAttFill, fCompress, fBasketSize, fEntryOffsetLen, fWriteBasket,
            // fEntryNumber and fOffset; writing a huge count anywhere nearby must fail cleanly, not allocate.
            for (int p = found; p < found + 80; p += 4) {
                ByteBuffer.wrap(bytes).putInt(p, 0x3FFFFFFF);
            }
            return bytes;
        });
        assertThrows(RootFormatException.class, () -> {
            try (RootFile root = RootFile.open(file)) {
                root.tree("events").reader("NJet").readAll();
            }
        });
    }

    @Test
    void corruptBranchBodyReportedAtFirstUse() throws IOException {
        // Top-level branch bodies are decoded on first use, so the tree opens and the other branches read.
        // The corrupt body of the last branch is reported when that branch is used.
        Path source = TestPaths.sharedFile("root/uproot-HZZ-uncompressed.root");
        Key events;
        try (RootFile root = RootFile.open(source)) {
            events = root.key("events");
        }
        int[] corrupted = new int[1];
        Path file = corrupt(source, "last-branch-body.root", bytes -> {
            int start = (int) (events.seekKey() + events.keyLength());
            int title = indexOf(bytes, "EventWeight/F".getBytes(java.nio.charset.StandardCharsets.US_ASCII), start);
            // Past the title: the TAttFill header and the first counters of the branch, inside its body.
            corrupted[0] = title + 13;
            for (int p = title + 13; p < title + 53; p += 4) {
                ByteBuffer.wrap(bytes).putInt(p, 0x3FFFFFFF);
            }
            return bytes;
        });
        try (RootFile root = RootFile.open(file)) {
            Tree tree = root.tree("events");
            assertEquals(2421, tree.reader("NJet").readAll().entryCount());
            assertEquals("EventWeight", tree.branches().get(tree.branches().size() - 1).name());

            RootFormatException atRead = assertThrows(RootFormatException.class, () -> tree.reader("EventWeight"));
            assertNames(atRead, file, "events;1");
            assertTrue(atRead.offset() >= corrupted[0], atRead.getMessage());
            assertTrue(atRead.offset() < corrupted[0] + 40, atRead.getMessage());

            java.io.UncheckedIOException atAccess = assertThrows(java.io.UncheckedIOException.class,
                    () -> tree.branch("EventWeight").entries());
            assertTrue(atAccess.getCause() instanceof RootFormatException, atAccess.toString());
            assertEquals(atRead.getMessage(), atAccess.getMessage(), "the same error at every use");

            RootFormatException atDecodeAll = assertThrows(RootFormatException.class, tree::decodeAll);
            assertEquals(atRead.getMessage(), atDecodeAll.getMessage());
        }
    }

    /** Position of {@code key}'s copy in the directory key list (not the record header at its seek). */
    private static int keyListEntry(byte[] bytes, Key key) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int p = 0; p + 22 <= bytes.length; p++) {
            if (p != key.seekKey() && buffer.getInt(p) == key.nbytes() && buffer.getInt(p + 6) == key.objectLength()
                    && buffer.getInt(p + 18) == (int) key.seekKey()) {
                return p;
            }
        }
        throw new IllegalStateException("key list entry of " + key.path() + " not found");
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        for (int p = from; p + pattern.length <= bytes.length; p++) {
            boolean match = true;
            for (int k = 0; k < pattern.length && match; k++) {
                match = bytes[p + k] == pattern[k];
            }
            if (match) {
                return p;
            }
        }
        throw new IllegalStateException("pattern not found");
    }

    @Test
    void largeFileHeaderLayout() throws IOException {
        Path source = TestPaths.sharedFile("root/uproot-simple.root");
        Path file = corrupt(source, "large.root", RootCorruptionTest::toLargeLayout);
        try (RootFile small = RootFile.open(source); RootFile large = RootFile.open(file)) {
            assertTrue(large.header().largeFile());
            assertEquals(small.header().version(), large.header().version());
            assertEquals(small.header().seekInfo(), large.header().seekInfo());
            assertEquals(small.header().end(), large.header().end());
            Tree tree = large.tree("tree");
            assertEquals(4, tree.entries());
            Column one = tree.reader("one").readAll();
            for (int i = 0; i < 4; i++) {
                assertEquals(i + 1, one.getLong(i));
            }
            Branch three = tree.branch("three");
            assertEquals("quatro", tree.reader(three).read(3, 4).getString(0));
        }
    }

    /**
     * Rewrites the file header and the top directory with 8-byte seeks, as ROOT writes files past 2 GB.
     * Both fit in the space ROOT reserves, so no other record moves.
     */
    private static byte[] toLargeLayout(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes.clone());
        ByteBuffer out = ByteBuffer.wrap(bytes);
        int version = in.getInt(4);
        int begin = in.getInt(8);
        long end = in.getInt(12) & 0xFFFFFFFFL;
        long seekFree = in.getInt(16) & 0xFFFFFFFFL;
        int nbytesFree = in.getInt(20);
        int nfree = in.getInt(24);
        int nbytesName = in.getInt(28);
        int compress = in.getInt(33);
        long seekInfo = in.getInt(37) & 0xFFFFFFFFL;
        int nbytesInfo = in.getInt(41);
        byte[] uuid = new byte[18];
        in.get(45, uuid);

        out.position(4);
        out.putInt(version + 1000000).putInt(begin).putLong(end).putLong(seekFree).putInt(nbytesFree).putInt(nfree)
                .putInt(nbytesName).put((byte) 8).putInt(compress).putLong(seekInfo).putInt(nbytesInfo).put(uuid);

        int directory = begin + nbytesName;
        short dirVersion = in.getShort(directory);
        int datimeC = in.getInt(directory + 2);
        int datimeM = in.getInt(directory + 6);
        int nbytesKeys = in.getInt(directory + 10);
        int dirNbytesName = in.getInt(directory + 14);
        long seekDir = in.getInt(directory + 18) & 0xFFFFFFFFL;
        long seekParent = in.getInt(directory + 22) & 0xFFFFFFFFL;
        long seekKeys = in.getInt(directory + 26) & 0xFFFFFFFFL;
        byte[] dirUuid = new byte[18];
        in.get(directory + 30, dirUuid);
        out.position(directory);
        out.putShort((short) (dirVersion + 1000)).putInt(datimeC).putInt(datimeM).putInt(nbytesKeys)
                .putInt(dirNbytesName).putLong(seekDir).putLong(seekParent).putLong(seekKeys).put(dirUuid);
        return bytes;
    }
}
