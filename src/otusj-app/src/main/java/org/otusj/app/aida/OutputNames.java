package org.otusj.app.aida;

import org.otusj.aida.AidaPath;

/** File names for objects of an AIDA tree, for writing one plot per object. */
public final class OutputNames {

    private OutputNames() {
    }

    /**
     * Returns a file base name for {@code path}: the components joined by '_', with every character other
     * than letters, digits, '-', '_' and '.' replaced by '_', so {@code /Electrons/positron px} becomes
     * {@code Electrons_positron_px}.
     */
    public static String baseName(AidaPath path) {
        String joined = path.toString().substring(1).replace('/', '_');
        StringBuilder name = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.';
            name.append(safe ? c : '_');
        }
        return name.toString();
    }
}
