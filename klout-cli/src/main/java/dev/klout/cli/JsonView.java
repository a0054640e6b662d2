package dev.klout.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klout.Exclusion;
import dev.klout.Insight;
import dev.klout.Insights;
import dev.klout.NetworkContribution;
import dev.klout.PillarScore;
import dev.klout.ReactionKind;
import dev.klout.Score;
import dev.klout.ScoreChange;
import dev.klout.SignalContribution;
import dev.klout.spi.Pillar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one JSON contract of the command: every document has {@code schema} (its version) and
 * {@code kind}, every key is snake_case, every pillar is present, and a score reads the same
 * wherever it appears: alone, inside an explanation, a what-if, a comparison, the demo or a line of
 * a population's scores. {@code docs/klout-output.schema.json} describes it, and the tests hold
 * every command's output to it.
 *
 * <p>Adding a field keeps the version; renaming or removing one, or changing its meaning, is a new
 * {@link #SCHEMA}.
 */
final class JsonView {
  /** The version of the contract. */
  static final int SCHEMA = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonView() {}

  /** A document: indented, for a person who pipes it to a file or to {@code jq}. */
  static String write(ObjectNode document) {
    return write(PRETTY, document);
  }

  /** A document on one line, for JSON Lines. */
  static String line(ObjectNode document) {
    return write(MAPPER, document);
  }

  private static String write(ObjectMapper mapper, ObjectNode document) {
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  /** The start of a document of {@code kind}: its schema version and kind. */
  static ObjectNode document(String kind) {
    return object().put("schema", SCHEMA).put("kind", kind);
  }

  /** An object inside a document. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code klout score}: one score. */
  static ObjectNode scoreDocument(Score score) {
    ObjectNode d = document("score");
    d.set("score", score(score));
    return d;
  }

  /** {@code klout explain}: the score, then the insights drawn from the person's data. */
  static ObjectNode explain(Score score, List<Insight> insights) {
    ObjectNode d = document("explain");
    d.set("score", score(score));
    d.put("article", Insights.ARTICLE);
    ArrayNode list = d.putArray("insights");
    for (Insight i : insights) {
      list.addObject().put("kind", snake(i.kind().name())).put("network", i.network())
          .put("tip", i.tip()).put("message", i.message());
    }
    return d;
  }

  /** A score, the same wherever it appears. */
  static ObjectNode score(Score score) {
    ObjectNode s = object();
    s.put("profile", score.profileId());
    s.put("as_of", score.asOf().toString());
    s.put("model", score.modelVersion());
    s.put("scored", score.isScored());
    boolean scored = score.isScored();
    putNumber(s, "score", scored ? score.value() : null);
    putNumber(s, "exact", scored ? score.exact() : null);
    putNumber(s, "raw", scored ? score.raw() : null);
    ObjectNode pillars = s.putObject("pillars");
    double[] sums = ScoreView.pillarSums(score);
    for (Pillar p : Pillar.values()) {
      ObjectNode pillar = pillars.putObject(snake(p.name()));
      Optional<PillarScore> own = scored ? score.pillar(p) : Optional.empty();
      putNumber(pillar, "score", own.map(PillarScore::value).orElse(null));
      putNumber(pillar, "exact", own.map(PillarScore::exact).orElse(null));
      putNumber(pillar, "raw", scored ? sums[p.ordinal()] : null);
    }
    ArrayNode networks = s.putArray("networks");
    if (scored) {
      for (NetworkContribution n : score.networks()) {
        ObjectNode network = networks.addObject().put("network", n.network())
            .put("contribution", n.contribution());
        ObjectNode hidden = network.putObject("hidden_posts");
        for (ReactionKind kind : ReactionKind.values()) {
          hidden.put(snake(kind.name()) + "s", score.hiddenPosts(n.network(), kind));
        }
        ArrayNode signals = network.putArray("signals");
        for (SignalContribution c : n.signals()) {
          signals.add(signal(c));
        }
      }
    }
    ArrayNode exclusions = s.putArray("exclusions");
    for (Exclusion e : score.exclusions()) {
      exclusions.addObject().put("network", e.network()).put("reason", snake(e.reason().name()))
          .put("explanation", e.reason().explanation());
    }
    return s;
  }

  private static ObjectNode signal(SignalContribution c) {
    return object().put("id", c.signalId()).put("version", c.signalVersion())
        .put("pillar", snake(c.pillar().name())).put("description", c.description())
        .put("value", c.value()).put("weight", c.weight()).put("contribution", c.contribution());
  }

  /** What moved between two scores of one person. */
  static ObjectNode change(ScoreChange change) {
    ObjectNode c = object();
    c.put("points", change.points()).put("exact", change.exact()).put("raw", change.raw());
    ArrayNode added = c.putArray("networks_added");
    change.networksAdded().forEach(added::add);
    ArrayNode removed = c.putArray("networks_removed");
    change.networksRemoved().forEach(removed::add);
    ArrayNode moved = c.putArray("moved");
    for (ScoreChange.SignalDelta d : change.moved()) {
      moved.addObject().put("network", d.network()).put("signal", d.signalId())
          .put("before", d.before()).put("after", d.after()).put("delta", d.delta());
    }
    return c;
  }

  static void putNumber(ObjectNode node, String field, @org.jspecify.annotations.Nullable Number n) {
    if (n == null) {
      node.putNull(field);
    } else if (n instanceof Integer i) {
      node.put(field, i);
    } else if (n instanceof Long l) {
      node.put(field, l);
    } else {
      node.put(field, n.doubleValue());
    }
  }

  /** {@code NETWORK_IMPACT} as {@code network_impact}. */
  static String snake(String constant) {
    return constant.toLowerCase(Locale.ROOT);
  }
}
