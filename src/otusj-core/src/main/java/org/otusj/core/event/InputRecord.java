package org.otusj.core.event;

/**
 * What an event source delivers in file order: run headers, each before the events of its run, and
 * events.
 */
public sealed interface InputRecord permits RunHeader, Event {
}
