package dev.klout.fetch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link NetworkClientFactory} from its parts, for adapters to extend with a public no-argument
 * constructor (what ServiceLoader needs):
 *
 * <pre>{@code
 * public final class TwitterClients extends ClientFactory {
 *   public TwitterClients() {
 *     super("twitter", "USERNAME", List.of("X_BEARER_TOKEN"), TwitterClient::checkWho,
 *         options -> options.applyTo(TwitterClient.builder()).build());
 *   }
 * }
 * }</pre>
 */
public abstract class ClientFactory implements NetworkClientFactory {
  private final String network;
  private final String who;
  private final List<String> credentialVariables;
  private final Function<String, Optional<String>> checkWho;
  private final Function<ClientOptions, NetworkClient> create;

  protected ClientFactory(String network, String who, List<String> credentialVariables,
      Function<String, Optional<String>> checkWho, Function<ClientOptions, NetworkClient> create) {
    this.network = Objects.requireNonNull(network, "network");
    this.who = Objects.requireNonNull(who, "who");
    this.credentialVariables = List.copyOf(credentialVariables);
    this.checkWho = Objects.requireNonNull(checkWho, "checkWho");
    this.create = Objects.requireNonNull(create, "create");
  }

  @Override
  public final String network() {
    return network;
  }

  @Override
  public final String who() {
    return who;
  }

  @Override
  public final List<String> credentialVariables() {
    return credentialVariables;
  }

  @Override
  public final Optional<String> checkWho(String who) {
    return checkWho.apply(who);
  }

  @Override
  public final NetworkClient create(ClientOptions options) {
    return create.apply(Objects.requireNonNull(options, "options"));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + network + "}";
  }
}
