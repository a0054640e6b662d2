package dev.klout.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klout.Account;
import dev.klout.Engagement;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Visibility;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes profiles as a population directory ({@link PopulationFormat}), e.g. to export a simulated
 * population or to hand one to Spark. Profiles must come sorted by id, as the format wants; posts
 * get ids by their order in the account ({@code 000000}, {@code 000001}, ...).
 */
public final class PopulationWriter implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Writer> out = new LinkedHashMap<>();
  private String last = "";
  private long people;

  private PopulationWriter(Path dir) throws IOException {
    Files.createDirectories(dir);
    ObjectNode manifest = JSON.createObjectNode()
        .put("format", PopulationFormat.NAME).put("version", PopulationFormat.VERSION);
    Files.writeString(dir.resolve(PopulationFormat.MANIFEST),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    for (String table : PopulationFormat.TABLES) {
      out.put(table, Files.newBufferedWriter(dir.resolve(table + ".jsonl"),
          StandardCharsets.UTF_8));
    }
  }

  /** Creates (or overwrites) the population files in {@code dir}. */
  public static PopulationWriter create(Path dir) throws IOException {
    return new PopulationWriter(dir);
  }

  /**
   * Writes one person.
   *
   * @throws IllegalArgumentException if the profile's id does not come after the last one's
   */
  public void write(Profile profile) throws IOException {
    if (people > 0 && profile.id().compareTo(last) <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "profile '%s' comes after"
          + " '%s': a population is written sorted by id, each once", profile.id(), last));
    }
    last = profile.id();
    people++;
    String person = profile.id();
    ObjectNode p = row(person).put("as_of", profile.asOf().toString());
    if (profile.optedOut()) {
      p.put("opted_out", true);
    }
    line(PopulationFormat.PEOPLE, p);
    if (profile.optedOut()) {
      return;
    }
    for (Account a : profile.accounts().values()) {
      ObjectNode account = row(person).put("network", a.network());
      a.id().ifPresent(id -> account.put("account_id", id));
      if (a.visibility() == Visibility.PRIVATE) {
        account.put("visibility", "private");
      }
      account.put("audience", a.audience()).put("following", a.following());
      line(PopulationFormat.ACCOUNTS, account);
      for (int i = 0; i < a.posts().size(); i++) {
        Post post = a.posts().get(i);
        String id = String.format(Locale.ROOT, "%06d", i);
        ObjectNode row = row(person).put("network", a.network()).put("post", id)
            .put("at", post.at().toString()).put("reshares", post.reshares())
            .put("comments", post.comments()).put("likes", post.likes())
            .put("views", post.views());
        if (post.quotes() > 0) {
          row.put("quotes", post.quotes());
        }
        if (post.hasHiddenCounts()) {
          ArrayNode hidden = row.putArray("hidden");
          for (ReactionKind k : ReactionKind.values()) {
            if (post.isHidden(k)) {
              hidden.add(PopulationFormat.kindName(k));
            }
          }
        }
        if (!post.topics().isEmpty()) {
          ArrayNode topics = row.putArray("topics");
          post.topics().forEach(topics::add);
        }
        line(PopulationFormat.POSTS, row);
        for (Engagement e : post.engagements()) {
          line(PopulationFormat.REACTIONS, row(person).put("network", a.network())
              .put("post", id).put("actor", e.actor().id())
              .put("kind", PopulationFormat.kindName(e.kind()))
              .put("actor_influence", e.actor().influence())
              .put("actor_reactions_per_day", e.actor().reactionsPerDay()));
        }
      }
      for (Reply r : a.replies()) {
        line(PopulationFormat.REPLIES, row(person).put("network", a.network())
            .put("to_actor", r.toActorId()).put("at", r.at().toString()));
      }
    }
  }

  private static ObjectNode row(String person) {
    return JSON.createObjectNode().put("person", person);
  }

  private void line(String table, ObjectNode row) throws IOException {
    Writer w = out.get(table);
    w.write(JSON.writeValueAsString(row));
    w.write('\n');
  }

  /** How many people were written. */
  public long people() {
    return people;
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (Writer w : out.values()) {
      try {
        w.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
