/** A listing of a ROOT file's keys, trees, branches and histograms, and its text rendering. */
package org.otusj.io.root.describe;
