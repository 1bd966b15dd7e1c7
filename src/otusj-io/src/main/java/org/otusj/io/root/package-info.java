/**
 * A pure-Java reader for ROOT files: {@link org.otusj.io.root.RootFile} opens a file and gives its keys,
 * directories, trees and histograms; {@link org.otusj.io.root.RootFormatException} reports a file that
 * cannot be read, naming the file, the object and the byte offset.
 *
 * <p>The sub-packages follow the layers of the format: {@code bytes} (big-endian decoding and object
 * pointers), {@code compress} (one class per compression algorithm), {@code file} (header, keys,
 * directories), {@code streamer} (StreamerInfo), {@code tree} (TTree, branches, baskets, readers),
 * {@code hist} (TH1F and TH1D) and {@code describe} (the listing behind {@code otusj inspect}).
 */
package org.otusj.io.root;
