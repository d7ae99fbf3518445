package org.ftzobservatory.access;

/** A GB/T 4754-2017 code a rule covers; {@code partial} when the measure reaches only part of that code's activity. */
public record IndustryMapping(String code, boolean partial, String note) {
}
