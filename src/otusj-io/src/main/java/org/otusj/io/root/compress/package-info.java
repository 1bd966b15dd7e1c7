/** Decompression of ROOT records block by block: zlib, lzma, lz4 (with its xxhash64 check) and zstd. */
package org.otusj.io.root.compress;
