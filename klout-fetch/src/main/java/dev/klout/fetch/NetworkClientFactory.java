package dev.klout.fetch;

import java.util.List;
import java.util.Optional;

/**
 * Makes a network's {@link NetworkClient}; found by {@link java.util.ServiceLoader} (each adapter
 * provides one, in {@code module-info} and {@code META-INF/services}), so that a host such as the
 * klout command can list the networks it can read and fetch from the ones asked for.
 */
public interface NetworkClientFactory {
  /** The network's name, e.g. {@code "twitter"}. */
  String network();

  /** What names an account here, for help texts, e.g. {@code "USERNAME"} or {@code "@HANDLE"}. */
  String who();

  /**
   * The environment variables a credential is read from, in order, or none for a network that
   * needs no credential.
   */
  List<String> credentialVariables();

  /**
   * Checks {@code who} without fetching, so that a host can refuse a bad argument before any
   * request is made; empty when it is fine, else why not.
   */
  Optional<String> checkWho(String who);

  /**
   * A client with these options.
   *
   * @throws IllegalStateException if a credential is needed and none is in the options'
   *     environment
   */
  NetworkClient create(ClientOptions options);
}
