package dev.klout.fetch;

import java.time.Duration;

/** How a fetch waits; tests replace it so that a backoff or a rate limit costs no time. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
