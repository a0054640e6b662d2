package dev.klout.cli;

import dev.klout.fetch.FetchListener;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a fetch on stderr: the calls made and quota spent, and a countdown while a rate
 * limit or a backoff is waited out. On a terminal it redraws one line; elsewhere (a pipe, a log,
 * a test) it prints a line per event, and a countdown line every ten seconds.
 */
final class Progress implements FetchListener, AutoCloseable {
  private static final String CLEAR_LINE = "\r\033[K";

  private final Io io;
  private @Nullable ScheduledExecutorService ticker;
  private @Nullable ScheduledFuture<?> countdown;
  private boolean lineOpen;

  private Progress(Io io) {
    this.io = io;
  }

  /** Progress on {@code io}'s stderr, or, when quiet, a listener that prints nothing. */
  static FetchListener on(Io io, Common common) {
    return common.quiet ? FetchListener.NONE : new Progress(io);
  }

  @Override
  public synchronized void request(String network, String what, int calls, int quotaUnits) {
    stopCountdown();
    show(String.format(Locale.ROOT, "%s: %d %s%s; %s", network, calls,
        calls == 1 ? "call" : "calls",
        quotaUnits > 0 ? ", " + quotaUnits + " quota " + (quotaUnits == 1 ? "unit" : "units") : "",
        what));
  }

  @Override
  public synchronized void waiting(String network, Duration wait, String why) {
    stopCountdown();
    long total = Math.max(0, (wait.toMillis() + 999) / 1000);
    show(String.format(Locale.ROOT, "%s: waiting %ds: %s", network, total, why));
    if (total < 2) {
      return;
    }
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "klout-progress");
        t.setDaemon(true);
        return t;
      });
    }
    long start = System.nanoTime();
    countdown = ticker.scheduleAtFixedRate(() -> tick(network, start, total), 1, 1,
        TimeUnit.SECONDS);
  }

  private synchronized void tick(String network, long start, long total) {
    long left = total - TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    if (left <= 0) {
      stopCountdown();
    } else if (io.terminal() || left % 10 == 0) {
      show(String.format(Locale.ROOT, "%s: waiting, %ds left", network, left));
    }
  }

  private void show(String line) {
    if (io.terminal()) {
      io.err().print(CLEAR_LINE + line);
      lineOpen = true;
    } else {
      io.err().println(line);
    }
    io.err().flush();
  }

  private void stopCountdown() {
    if (countdown != null) {
      countdown.cancel(false);
      countdown = null;
    }
  }

  /** Ends the redrawn line, so what follows starts on a line of its own. */
  @Override
  public synchronized void close() {
    stopCountdown();
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (lineOpen) {
      io.err().print(CLEAR_LINE);
      io.err().flush();
      lineOpen = false;
    }
  }
}
