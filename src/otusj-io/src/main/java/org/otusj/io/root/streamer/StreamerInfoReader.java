package org.otusj.io.root.streamer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.otusj.io.root.bytes.CoreStreamers;
import org.otusj.io.root.bytes.Named;
import org.otusj.io.root.bytes.ObjectFactory;
import org.otusj.io.root.bytes.RootBuffer;
import org.otusj.io.root.bytes.VersionHeader;

/**
 * Decodes the file's StreamerInfo record: a {@code TList} of {@code TStreamerInfo} objects (and, in newer
 * files, a list of schema-evolution rules, which is skipped).
 */
public final class StreamerInfoReader {

    private StreamerInfoReader() {
    }

    /** Reads the list at the buffer's position. */
    public static StreamerInfos read(RootBuffer buffer) throws IOException {
        List<Object> objects = CoreStreamers.readList(buffer, StreamerInfoReader::readObject);
        List<StreamerInfo> infos = new ArrayList<>();
        for (Object object : objects) {
            if (object instanceof StreamerInfo) {
                infos.add((StreamerInfo) object);
            }
        }
        return new StreamerInfos(infos);
    }

    private static Object readObject(String className, RootBuffer buffer, int end) throws IOException {
        switch (className) {
            case "TStreamerInfo":
                return readInfo(buffer);
            case "TStreamerBase":
            case "TStreamerBasicType":
            case "TStreamerBasicPointer":
            case "TStreamerLoop":
            case "TStreamerObject":
            case "TStreamerObjectPointer":
            case "TStreamerObjectAny":
            case "TStreamerObjectAnyPointer":
            case "TStreamerString":
            case "TStreamerSTL":
            case "TStreamerSTLstring":
            case "TStreamerArtificial":
                return readElement(className, buffer);
            default:
                // Schema rules (TList of TObjString) and anything newer: skipped by byte count.
                return null;
        }
    }

    private static StreamerInfo readInfo(RootBuffer buffer) throws IOException {
        VersionHeader header = buffer.version();
        Named named = CoreStreamers.readNamed(buffer);
        long checksum = buffer.u32();
        int classVersion = buffer.i32();
        Object elements = buffer.readObjectAny((name, inner, end) -> "TObjArray".equals(name)
                ? CoreStreamers.readObjArray(inner, StreamerInfoReader::readObject) : null);
        buffer.skipToEnd(header, "TStreamerInfo");

        List<StreamerElement> list = new ArrayList<>();
        if (elements instanceof List) {
            for (Object element : (List<?>) elements) {
                if (element instanceof StreamerElement) {
                    list.add((StreamerElement) element);
                }
            }
        }
        return new StreamerInfo(named.name(), checksum, classVersion, List.copyOf(list));
    }

    private static StreamerElement readElement(String elementClass, RootBuffer buffer) throws IOException {
        VersionHeader outer = buffer.version();
        // TStreamerSTLstring derives from TStreamerSTL, which adds its own header around the element.
        VersionHeader stl = "TStreamerSTLstring".equals(elementClass) ? buffer.version() : null;

        VersionHeader base = buffer.version();
        Named named = CoreStreamers.readNamed(buffer);
        int type = buffer.i32();
        int size = buffer.i32();
        int arrayLength = buffer.i32();
        int arrayDimensions = buffer.i32();
        if (base.version() == 1) {
            int count = buffer.i32();
            buffer.skip(4 * Math.max(0, Math.min(count, 5)));
        } else {
            buffer.skip(4 * 5);
        }
        String typeName = buffer.string();
        buffer.skipToEnd(base, "TStreamerElement");

        String countName = "";
        int stlType = 0;
        int contentType = 0;
        int baseVersion = 0;
        switch (elementClass) {
            case "TStreamerBase":
                if (outer.version() > 2) {
                    baseVersion = buffer.i32();
                }
                break;
            case "TStreamerBasicPointer":
            case "TStreamerLoop":
                buffer.i32();
                countName = buffer.string();
                buffer.string();
                break;
            case "TStreamerSTL":
            case "TStreamerSTLstring":
                stlType = buffer.i32();
                contentType = buffer.i32();
                break;
            default:
                break;
        }
        if (stl != null) {
            buffer.skipToEnd(stl, "TStreamerSTL");
        }
        buffer.skipToEnd(outer, elementClass);
        return new StreamerElement(elementClass, named.name(), named.title(), type, size, arrayLength, arrayDimensions,
                typeName, countName, stlType, contentType, baseVersion);
    }
}
