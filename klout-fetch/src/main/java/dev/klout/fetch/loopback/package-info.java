/**
 * An HTTP server on loopback that answers like a network's API: scripted answers for tests
 * ({@link dev.klout.fetch.loopback.LoopbackServer#script()}), or a directory of recorded responses
 * for replays. The one server every adapter test and the klout command's replay use; it never binds
 * anything but loopback.
 */
@NullMarked
package dev.klout.fetch.loopback;

import org.jspecify.annotations.NullMarked;
