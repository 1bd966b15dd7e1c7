package org.otusj.io.root.streamer;

import java.util.List;
import java.util.Optional;

/** The class layouts a file records, looked up by class name and version. */
public final class StreamerInfos {

    private final List<StreamerInfo> infos;

    public StreamerInfos(List<StreamerInfo> infos) {
        this.infos = List.copyOf(infos);
    }

    /** Returns an empty set, for files without a StreamerInfo record. */
    public static StreamerInfos empty() {
        return new StreamerInfos(List.of());
    }

    /** Returns all layouts in file order. */
    public List<StreamerInfo> all() {
        return infos;
    }

    /**
     * The layout of {@code className} at {@code version}, or, when the file has no layout of that version,
     * the first layout of the class.
     */
    public Optional<StreamerInfo> find(String className, int version) {
        StreamerInfo any = null;
        for (StreamerInfo info : infos) {
            if (info.className().equals(className)) {
                if (info.classVersion() == version) {
                    return Optional.of(info);
                }
                if (any == null) {
                    any = info;
                }
            }
        }
        return Optional.ofNullable(any);
    }
}
