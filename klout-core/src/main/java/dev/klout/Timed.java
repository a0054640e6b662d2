package dev.klout;

import java.time.Instant;

/** Something that happened at an instant: what the window's binary search needs of posts and replies. */
interface Timed {
  Instant at();
}
