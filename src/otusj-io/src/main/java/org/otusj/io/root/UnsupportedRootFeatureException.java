package org.otusj.io.root;

import java.nio.file.Path;

/**
 * A valid ROOT file that uses a feature this reader does not implement, such as an unknown compression
 * algorithm or a branch type without a decoder.
 */
public class UnsupportedRootFeatureException extends RootFormatException {

    private static final long serialVersionUID = 1L;

    /** See {@link RootFormatException#RootFormatException(Path, String, long, String)}. */
    public UnsupportedRootFeatureException(Path file, String object, long offset, String detail) {
        super(file, object, offset, detail);
    }
}
