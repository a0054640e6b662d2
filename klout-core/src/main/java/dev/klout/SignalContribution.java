package dev.klout;

import dev.klout.spi.Pillar;

/**
 * What one signal added to the raw score on one network:
 * {@code contribution = networkWeight * weight * value}.
 */
public record SignalContribution(
    String network, String signalId, int signalVersion, Pillar pillar, String description,
    double value, double weight, double contribution) {}
