package org.otusj.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens HDF5 files with jHDF after the checks that jHDF 0.9.4 leaves out. jHDF does not notice a
 * truncated file: it returns whatever lies past the end of the file as data. So the end-of-file address
 * of the superblock is compared with the size of the file, as the HDF5 C library does when it opens a
 * file.
 */
final class Hdf5Opener {

    /** Value of an HDF5 address that is not defined, all bits set. */
    private static final long UNDEFINED_ADDRESS = -1L;

    private Hdf5Opener() {
    }

    /**
     * Opens {@code file} for reading.
     *
     * @param purpose what the caller looks for, for messages, such as "the datasets FDL (z) and ROL (x)"
     * @throws NoSuchFileException if the file does not exist
     * @throws Hdf5FormatException if the file is not HDF5, if its superblock is invalid or if the file
     *     is shorter than the end-of-file address in the superblock
     */
    static HdfFile open(Path file, String purpose) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "HDF5 file not found");
        }
        if (Hdf5Signature.find(file).isEmpty()) {
            throw new Hdf5FormatException(file, "", "not an HDF5 file: no HDF5 signature at offset 0, 512, 1024, "
                    + "... ; expected an HDF5 file with " + purpose);
        }

        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (HdfException invalid) {
            throw new Hdf5FormatException(file, "", "invalid or truncated HDF5 superblock (" + invalid.getMessage()
                    + ") while looking for " + purpose, invalid);
        }
        try {
            checkEndOfFile(hdf, file, purpose);
            return hdf;
        } catch (IOException | RuntimeException failure) {
            hdf.close();
            throw failure;
        }
    }

    /** Rejects a file shorter than the end-of-file address in its superblock, that is a truncated file. */
    private static void checkEndOfFile(HdfFile hdf, Path file, String purpose) throws IOException {
        long endOfFile = hdf.getHdfBackingStorage().getSuperblock().getEndOfFileAddress();
        if (endOfFile == UNDEFINED_ADDRESS) {
            return;
        }
        long expectedSize = hdf.getUserBlockSize() + endOfFile;
        long size = Files.size(file);
        if (size < expectedSize) {
            throw new Hdf5FormatException(file, "", "truncated HDF5 file: the superblock gives an end of file at "
                    + expectedSize + " bytes, but the file has " + size + " bytes, so " + purpose
                    + " cannot be trusted. Copy or write the file again.");
        }
    }
}
