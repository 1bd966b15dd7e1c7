package org.otusj.jas3.testing;

import java.awt.Component;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javax.swing.Icon;
import org.freehep.application.mdi.PageContext;
import org.freehep.application.mdi.PageManager;

/** A page manager that records the pages opened and passes each to a listener, for tests. */
public final class RecordingPageManager extends PageManager {

    /**
     * An opened page.
     *
     * @param title the page title
     * @param component the page content
     */
    public record Page(String title, Component component) {
    }

    private final List<Page> pages = new CopyOnWriteArrayList<>();
    private final BiConsumer<String, Component> listener;

    /** Creates a manager that calls {@code listener} with the title and content of every page opened. */
    public RecordingPageManager(BiConsumer<String, Component> listener) {
        this.listener = listener;
    }

    @Override
    public PageContext openPage(Component page, String title, Icon icon) {
        pages.add(new Page(title, page));
        listener.accept(title, page);
        return new PageContext() {
        };
    }

    /** Returns the pages opened so far, in order. */
    public List<Page> pages() {
        return List.copyOf(pages);
    }
}
