package org.otusj.jas3;

import java.awt.Font;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** A read-only, scrollable page of text, for objects not drawn and for run reports. */
final class TextPage {

    private TextPage() {
    }

    /** Returns a page showing {@code text} in a fixed-width font. */
    static JComponent create(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        return new JScrollPane(area);
    }
}
