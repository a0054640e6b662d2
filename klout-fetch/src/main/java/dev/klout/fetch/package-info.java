/**
 * The fetch layer every network adapter is built on: {@link dev.klout.fetch.HttpFetcher} (timeouts,
 * retries, rate limits, quota), {@link dev.klout.fetch.FetchException} (one error, one set of
 * kinds), {@link dev.klout.fetch.Secret}, {@link dev.klout.fetch.Json}, and the client interface
 * {@link dev.klout.fetch.NetworkClient} with its ServiceLoader factory.
 */
@NullMarked
package dev.klout.fetch;

import org.jspecify.annotations.NullMarked;
