/** The StreamerInfo record: the on-file layout of each class the file stores. */
package org.otusj.io.root.streamer;
