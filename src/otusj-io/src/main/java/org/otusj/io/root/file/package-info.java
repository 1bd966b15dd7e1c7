/** The file level of ROOT files: positional reads, the file header, keys and directories. */
package org.otusj.io.root.file;
