/**
 * TTrees: branch and leaf metadata, baskets, and readers that turn entry ranges into primitive columns,
 * reading and decompressing only the baskets of the requested branches and entries.
 */
package org.otusj.io.root.tree;
