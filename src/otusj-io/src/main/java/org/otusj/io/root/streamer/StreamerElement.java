package org.otusj.io.root.streamer;

/**
 * One member or base class in a {@link StreamerInfo}: a {@code TStreamerElement} and the fields of its
 * subclass that matter for reading.
 *
 * @param elementClass ROOT class of the element, such as {@code TStreamerBasicType} or {@code TStreamerSTL}
 * @param name member name (the base class name for a base)
 * @param title member comment from the class header, including array counts such as {@code [fN]}
 * @param type ROOT type code ({@code TVirtualStreamerInfo::EReadWrite}): 1-19 basic types, +20 fixed
 *     arrays, +40 arrays counted by another member, 61-69 objects, 300/500 STL containers, 365 std::string
 * @param size size of the member in bytes
 * @param arrayLength total number of elements of a fixed array, 0 for a non-array
 * @param arrayDimensions number of array dimensions
 * @param typeName C++ type name, such as {@code float}, {@code vector<int>} or {@code TRefArray}
 * @param countName name of the member that counts a pointer array, empty when not a counted array
 * @param stlType STL container code of a {@code TStreamerSTL} (1 vector, 4 map, 365 string ...), 0 otherwise
 * @param contentType type code of the contained type of a {@code TStreamerSTL}, 0 otherwise
 * @param baseVersion class version of a base class element, 0 otherwise
 */
public record StreamerElement(String elementClass, String name, String title, int type, int size, int arrayLength,
        int arrayDimensions, String typeName, String countName, int stlType, int contentType, int baseVersion) {

    /** Returns true for a {@code TStreamerBase}, which stands for a base class, not a member. */
    public boolean isBase() {
        return "TStreamerBase".equals(elementClass);
    }
}
