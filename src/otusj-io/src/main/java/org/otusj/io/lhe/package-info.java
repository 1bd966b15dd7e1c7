/**
 * Reading Les Houches Event files (LHEF 1.0 and 3.0, plain or gzipped): {@link org.otusj.io.lhe.LheFile}
 * streams a file one event at a time, and {@link org.otusj.io.lhe.LheReader} is the event source that
 * feeds such files into the event loop.
 */
package org.otusj.io.lhe;
