/** One-dimensional ROOT histograms (TH1F, TH1D) with under- and overflow bins and sums of weights. */
package org.otusj.io.root.hist;
