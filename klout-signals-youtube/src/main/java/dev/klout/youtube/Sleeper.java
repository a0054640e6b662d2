package dev.klout.youtube;

import java.time.Duration;

/** How the client waits between attempts; tests substitute one that only records the waits. */
interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
