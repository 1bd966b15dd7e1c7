package org.otusj.io.lhe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The definition of one alternative event weight, from a {@code <weight id="...">} element of an
 * {@code <initrwgt>} block (or of a {@code <weightgroup>} in {@code <init>}), or from an LHEF 3.0
 * {@code <weightinfo name="...">} element.
 *
 * @param id the {@code id} attribute of {@code <weight>}, which events use in {@code <wgt id="...">},
 *     or the {@code name} attribute of {@code <weightinfo>}
 * @param description the element text with surrounding white space removed, such as
 *     {@code muR=0.10000E+01 muF=0.20000E+01}; empty if there is none
 * @param group the {@code name} (or, if absent, {@code type}) attribute of the enclosing
 *     {@code <weightgroup>}; empty outside a group
 * @param attributes the element's other attributes in file order, such as {@code MUR}, {@code MUF},
 *     {@code PDF}
 */
public record LheWeightDefinition(String id, String description, String group, Map<String, String> attributes) {

    public LheWeightDefinition {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
