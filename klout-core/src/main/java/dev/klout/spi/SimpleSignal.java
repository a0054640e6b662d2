package dev.klout.spi;

import dev.klout.AccountWindow;
import java.util.function.ToDoubleFunction;

/** What {@link Signal#of} makes: a signal that is its description and its formula. */
record SimpleSignal(String id, int version, Pillar pillar, String description,
    ToDoubleFunction<AccountWindow> formula) implements Signal {
  @Override
  public double measure(AccountWindow window) {
    return formula.applyAsDouble(window);
  }

  @Override
  public String toString() {
    return "Signal{" + id + "@" + version + ", " + pillar + "}";
  }
}
