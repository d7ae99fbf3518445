package org.ftzobservatory.access;

/** Something the answer must say besides the verdict: an obligation, an unverified note, a caveat of the data. */
public record Notice(String kind, String zh, String en, String source) {
}
