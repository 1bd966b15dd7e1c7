package org.otusj.io.root.compress;

import java.io.IOException;

/** A compressed block whose stored checksum does not match its bytes. */
final class ChecksumException extends IOException {

    private static final long serialVersionUID = 1L;

    ChecksumException(String message) {
        super(message);
    }
}
