package org.otusj.aida;

import java.util.List;

/**
 * The bin contents and statistics that a histogram or profile was restored from. The object's getters return
 * them exactly, instead of values recomputed from its sums, until its contents change. The list is an
 * unmodifiable copy and the bin and statistics records are immutable, so copies of the object share one
 * instance.
 *
 * @param bins the contents of every slot, in slot order
 * @param statistics the statistics block
 * @param <B> the type of one bin's contents
 * @param <S> the type of the statistics block
 */
record StoredContents<B, S>(List<B> bins, S statistics) {

    /** Copies {@code bins}, so that later changes to the caller's list do not reach the restored object. */
    StoredContents {
        bins = List.copyOf(bins);
    }

    /** Returns the contents of {@code slot}. */
    B bin(int slot) {
        return bins.get(slot);
    }
}
