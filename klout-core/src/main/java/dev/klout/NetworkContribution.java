package dev.klout;

import java.util.List;

/** What one network added to the raw score: the sum of its signals' contributions, in id order. */
public record NetworkContribution(
    String network, double contribution, List<SignalContribution> signals) {}
