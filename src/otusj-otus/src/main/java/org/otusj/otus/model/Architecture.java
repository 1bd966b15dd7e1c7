package org.otusj.otus.model;

/** The core network of a generator. */
public enum Architecture {

    /** Linear(in, H), ReLU, Linear(H, J): the networks of the Z to e+e- study. */
    MLP,

    /**
     * Linear(in, K), then two blocks [BatchNorm, ReLU, Linear(K, K)] with a skip connection around both,
     * then Linear(K, J): the residual core of the ttbar study.
     */
    RESNET
}
