/** Big-endian decoding of ROOT records: TStrings, version headers, byte counts and object pointers. */
package org.otusj.io.root.bytes;
