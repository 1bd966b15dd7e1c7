package org.otusj.core.event;

/** Thrown when a processor asks an event for a collection that no earlier processor added. */
public final class MissingCollectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingCollectionException(String name, Event event) {
        super("no collection named '" + name + "' in event " + event.eventNumber() + " of run "
                + event.runNumber() + "; present: [" + NameList.shortened(event.collectionNames())
                + "]. Check that a processor producing it runs earlier in <execute>.");
    }
}
