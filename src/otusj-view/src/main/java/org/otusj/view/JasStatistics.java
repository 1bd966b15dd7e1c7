package org.otusj.view;

import jas.hist.Statistics;

/** Named values for the statistics box of the JAS plotter. */
final class JasStatistics implements Statistics {

    private final String[] names;
    private final double[] values;

    JasStatistics(String[] names, double[] values) {
        this.names = names.clone();
        this.values = values.clone();
    }

    @Override
    public String[] getStatisticNames() {
        return names.clone();
    }

    /** Returns the value named {@code name}, or NaN for an unknown name. */
    @Override
    public double getStatistic(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return Double.NaN;
    }
}
