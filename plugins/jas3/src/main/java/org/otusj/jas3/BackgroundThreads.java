package org.otusj.jas3;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the plugin's daemon threads, named for what they do, with the plugin's class loader as context
 * class loader. ServiceLoader (otusj processors) and DJL (engine discovery) look up classes through the
 * context class loader, which on JAS3's own threads need not see the plugin's jars.
 */
final class BackgroundThreads implements ThreadFactory {

    private final String name;
    private final ClassLoader contextLoader;
    private final AtomicInteger created = new AtomicInteger();

    BackgroundThreads(String name, ClassLoader contextLoader) {
        this.name = name;
        this.contextLoader = contextLoader;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, name + "-" + created.incrementAndGet());
        thread.setDaemon(true);
        thread.setContextClassLoader(contextLoader);
        return thread;
    }
}
