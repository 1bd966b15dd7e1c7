package org.otusj.io.root.file;

/**
 * A {@code TKey}: the header in front of every record of a ROOT file, naming the object stored after it.
 *
 * @param nbytes length of the whole record on file, header included, in bytes
 * @param version key class version; above 1000 the seek fields are 8 bytes long
 * @param objectLength length of the object after decompression, in bytes
 * @param datime creation time in ROOT's packed {@code TDatime} format
 * @param keyLength length of this header in bytes; the (possibly compressed) object follows it
 * @param cycle cycle number: ROOT increments it each time an object of the same name is written again
 * @param seekKey offset of this record in the file
 * @param seekParentDirectory offset of the record of the directory that contains the key
 * @param className ROOT class of the stored object
 * @param name object name
 * @param title object title
 * @param directoryPath path of the directory that holds the key, empty for the top directory
 */
public record Key(int nbytes, int version, int objectLength, long datime, int keyLength, int cycle, long seekKey,
        long seekParentDirectory, String className, String name, String title, String directoryPath) {

    /** Returns true if the object is stored compressed, i.e. its length on file differs from its length. */
    public boolean isCompressed() {
        return objectLength != nbytes - keyLength;
    }

    /** Bytes the object takes on file after the key header. */
    public int storedLength() {
        return nbytes - keyLength;
    }

    /** Path of the object with its cycle, such as {@code dir/name;2}, for messages and listings. */
    public String path() {
        String prefix = directoryPath.isEmpty() ? "" : directoryPath + "/";
        return prefix + name + ";" + cycle;
    }

    /** Returns true for keys whose object is a subdirectory. */
    public boolean isDirectory() {
        return "TDirectory".equals(className) || "TDirectoryFile".equals(className);
    }
}
