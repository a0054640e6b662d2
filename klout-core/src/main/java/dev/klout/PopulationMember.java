package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

import dev.klout.spi.Signal;
import dev.klout.spi.StrictLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One person of a population, measured once: everything of their score that does not depend on
 * who reacted to them, and, for each network, the known actors whose influence makes its network
 * impact. What {@link PopulationScorer} keeps of a profile between the rounds of the fixed point,
 * instead of its posts; a distributed engine ships it as {@link #toBytes()}.
 *
 * <p>Not thread-safe: a member is worked on by one thread at a time.
 */
public final class PopulationMember {
  private static final int FORMAT = 1;

  final Measurement measurement;
  // The accounts this person holds, as keys ("network:id"), in network order.
  final String[] accounts;
  // Per measured network: the index of core.network_impact in its row, or -1 where it has none.
  final int[] impactSignal;
  // Per measured network, the range of its actors in the arrays below, and its fixed sums.
  final int[] actorStart;
  final double[] people;
  final double[] organicKnown;
  final double[] unknownPeople;
  // Per known actor, in network then actor-id order: who, and their part of network impact.
  // Dropped (null) once an in-process run has numbered them: at 40 a person they are most of a
  // member's memory.
  String @Nullable [] actors;
  final int actorCount;
  final double[] selective;
  final double[] repeat;
  final int[] count;
  // The actor's influence weight from the adapter's estimate, for actors outside the population.
  final double[] estimatedWeight;

  private PopulationMember(Measurement measurement, String[] accounts, int[] impactSignal,
      int[] actorStart, double[] people, double[] organicKnown, double[] unknownPeople,
      String[] actors, double[] selective, double[] repeat, int[] count,
      double[] estimatedWeight) {
    this.measurement = measurement;
    this.accounts = accounts;
    this.impactSignal = impactSignal;
    this.actorStart = actorStart;
    this.people = people;
    this.organicKnown = organicKnown;
    this.unknownPeople = unknownPeople;
    this.actors = actors;
    this.actorCount = actors.length;
    this.selective = selective;
    this.repeat = repeat;
    this.count = count;
    this.estimatedWeight = estimatedWeight;
  }

  /** The key under which an account, or an actor, is known in a population: {@code network:id}. */
  public static String key(String network, String id) {
    return Checks.network("network", network) + ':' + Checks.id("id", id);
  }

  static PopulationMember of(Profile profile, InfluenceScorer scorer) {
    List<AccountWindow> windows = new ArrayList<>();
    Measurement m = scorer.measure(profile, windows);
    List<String> accounts = new ArrayList<>();
    // The population speaks only for the people it measured: someone who opted out is not
    // processed (B4), and someone with no public activity in the window has no score to give
    // (they would sit at the floor, though their reactions may reach millions), so both are
    // recognised by no account and their reactions keep the adapter's estimate.
    if (!profile.optedOut() && m.networks.length > 0) {
      for (Account a : profile.accounts().values()) {
        a.id().ifPresent(id -> accounts.add(key(a.network(), id)));
      }
    }
    int n = m.networks.length;
    int[] impactSignal = new int[n];
    int[] actorStart = new int[n + 1];
    double[] people = new double[n];
    double[] organicKnown = new double[n];
    double[] unknownPeople = new double[n];
    List<String> actors = new ArrayList<>();
    List<double[]> terms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      impactSignal[i] = indexOf(m.rows[i].signals, CoreSignalV2.NETWORK_IMPACT);
      actorStart[i] = actors.size();
      if (impactSignal[i] < 0) {
        continue;
      }
      AccountWindow w = windows.get(i);
      OrganicWindow o = w.organic();
      Account account = w.account();
      people[i] = o.people;
      organicKnown[i] = o.organicKnown;
      unknownPeople[i] = o.unknownPeople;
      for (int a = 0; a < account.actors.length; a++) {
        int c = o.perActor.length == 0 ? 0 : o.perActor[4 * a];
        if (c == 0) {
          continue;
        }
        actors.add(key(account.network(), account.actors[a].id()));
        terms.add(new double[] {account.actorOrganicWorth[a], OrganicWindow.repeat(c), c,
            account.actorInfluenceWeight[a]});
      }
    }
    actorStart[n] = actors.size();
    int k = actors.size();
    double[] selective = new double[k];
    double[] repeat = new double[k];
    int[] count = new int[k];
    double[] estimated = new double[k];
    for (int t = 0; t < k; t++) {
      double[] term = terms.get(t);
      selective[t] = term[0];
      repeat[t] = term[1];
      count[t] = (int) term[2];
      estimated[t] = term[3];
    }
    return new PopulationMember(m, accounts.toArray(new String[0]), impactSignal, actorStart,
        people, organicKnown, unknownPeople, actors.toArray(new String[0]), selective, repeat,
        count, estimated);
  }

  private static int indexOf(Signal[] signals, Signal wanted) {
    for (int j = 0; j < signals.length; j++) {
      if (signals[j] == wanted) {
        return j;
      }
    }
    return -1;
  }

  public String profileId() {
    return measurement.profileId;
  }

  /** Whether the person opted out: they get no score and are never recognised as an actor. */
  public boolean optedOut() {
    return measurement.optedOut;
  }

  /**
   * The keys ({@link #key}) of the accounts by which this person is recognised as an actor, in
   * network order: every account with an id, or none for a person who opted out or had no public
   * activity in the window, whose reactions keep the adapter's estimate.
   */
  public List<String> accountKeys() {
    return List.of(accounts);
  }

  /**
   * The keys ({@link #key}) of the known actors who reacted to this person in the window, in the
   * order {@link PopulationScorer#next} and {@link PopulationScorer#score(PopulationMember,
   * double[])} take their scores in. An actor who reacted on two networks appears once for each.
   */
  public List<String> actorKeys() {
    return List.of(keys());
  }

  private String[] keys() {
    String[] a = actors;
    if (a == null) {
      throw new IllegalStateException("member '" + measurement.profileId + "': its actor keys"
          + " were dropped once the population numbered them");
    }
    return a;
  }

  /** Drops the actor keys, which an in-process run no longer needs once it has numbered them. */
  void forgetActorKeys() {
    actors = null;
  }

  /**
   * Network impact with these actors' scores, where {@code actorScores[t]} is actor t's score in
   * the population, or NaN for an actor outside it, who keeps the adapter's estimate. Written into
   * the measurement, whose values nobody else holds while the fixed point runs.
   */
  void applyScores(double[] actorScores) {
    checkArgument(actorScores.length == actorCount,
        "member '%s': actorScores has %s values for %s actors", measurement.profileId,
        actorScores.length, actorCount);
    for (int i = 0; i < impactSignal.length; i++) {
      int j = impactSignal[i];
      if (j < 0) {
        continue;
      }
      double influence = 0;
      for (int t = actorStart[i]; t < actorStart[i + 1]; t++) {
        double s = actorScores[t];
        double weight;
        if (Double.isNaN(s)) {
          weight = estimatedWeight[t];
        } else {
          checkArgument(s >= 1 && s <= 100, "member '%s': actorScores[%s] for '%s' must be a"
              + " score from 1 to 100 (or NaN) but was %s", measurement.profileId, t,
              actors == null ? "#" + t : actors[t], s);
          weight = AccountWindow.actorWeight(s);
        }
        influence += OrganicWindow.impactTerm(selective[t], weight, repeat[t], count[t]);
      }
      measurement.values[i][j] = StrictLog.log1p(
          OrganicWindow.impact(influence, people[i], organicKnown[i], unknownPeople[i]));
    }
  }

  /** A measurement of its own, for a score handed out: later rounds must not change it. */
  Measurement snapshot() {
    Measurement m = measurement;
    double[][] values = new double[m.values.length][];
    for (int i = 0; i < values.length; i++) {
      values[i] = m.values[i].clone();
    }
    return new Measurement(m.profileId, m.asOf, m.optedOut, m.networks, m.rows, values,
        m.exclusions, m.hidden);
  }

  /**
   * This member as bytes, for a distributed engine to ship between rounds; read back with
   * {@link PopulationScorer#member(byte[])} by a scorer with the same signals.
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Measurement m = measurement;
      out.writeInt(FORMAT);
      out.writeUTF(m.profileId);
      out.writeLong(m.asOf.getEpochSecond());
      out.writeInt(m.asOf.getNano());
      out.writeBoolean(m.optedOut);
      writeStrings(out, accounts);
      out.writeInt(m.networks.length);
      for (int i = 0; i < m.networks.length; i++) {
        out.writeUTF(m.networks[i]);
        Signal[] signals = m.rows[i].signals;
        out.writeInt(signals.length);
        for (int j = 0; j < signals.length; j++) {
          out.writeUTF(signals[j].id());
          out.writeLong(Double.doubleToRawLongBits(m.values[i][j]));
        }
        int[] h = m.hidden == null ? null : m.hidden[i];
        out.writeInt(h == null ? -1 : h.length);
        if (h != null) {
          for (int x : h) {
            out.writeInt(x);
          }
        }
        out.writeInt(impactSignal[i]);
        out.writeInt(actorStart[i]);
        out.writeLong(Double.doubleToRawLongBits(people[i]));
        out.writeLong(Double.doubleToRawLongBits(organicKnown[i]));
        out.writeLong(Double.doubleToRawLongBits(unknownPeople[i]));
      }
      out.writeInt(m.exclusions.size());
      for (Exclusion e : m.exclusions) {
        out.writeUTF(e.network());
        out.writeUTF(e.reason().name());
      }
      String[] keys = keys();
      writeStrings(out, keys);
      for (int t = 0; t < keys.length; t++) {
        out.writeLong(Double.doubleToRawLongBits(selective[t]));
        out.writeLong(Double.doubleToRawLongBits(repeat[t]));
        out.writeInt(count[t]);
        out.writeLong(Double.doubleToRawLongBits(estimatedWeight[t]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream never throws
    }
    return bytes.toByteArray();
  }

  static PopulationMember fromBytes(byte[] bytes, InfluenceScorer scorer) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readInt();
      checkArgument(format == FORMAT, "population member: format %s, expected %s", format, FORMAT);
      String profileId = in.readUTF();
      Instant asOf = Instant.ofEpochSecond(in.readLong(), in.readInt());
      boolean optedOut = in.readBoolean();
      String[] accounts = readStrings(in);
      int n = in.readInt();
      String[] networks = new String[n];
      InfluenceScorer.SignalSet.Row[] rows = new InfluenceScorer.SignalSet.Row[n];
      double[][] values = new double[n][];
      int[] @Nullable [] hidden = null;
      int[] impactSignal = new int[n];
      int[] actorStart = new int[n + 1];
      double[] people = new double[n];
      double[] organicKnown = new double[n];
      double[] unknownPeople = new double[n];
      for (int i = 0; i < n; i++) {
        networks[i] = in.readUTF();
        rows[i] = scorer.row(networks[i]);
        Signal[] signals = rows[i].signals;
        int size = in.readInt();
        values[i] = new double[size];
        for (int j = 0; j < size; j++) {
          String id = in.readUTF();
          checkArgument(j < signals.length && signals[j].id().equals(id),
              "population member '%s' was measured with signal %s on %s, which this scorer (%s)"
                  + " does not have in that place", profileId, id, networks[i], scorer);
          values[i][j] = Double.longBitsToDouble(in.readLong());
        }
        checkArgument(size == signals.length, "population member '%s' was measured with %s"
            + " signals on %s, this scorer has %s", profileId, size, networks[i], signals.length);
        int h = in.readInt();
        if (h >= 0) {
          if (hidden == null) {
            hidden = new int[n][];
          }
          hidden[i] = new int[h];
          for (int x = 0; x < h; x++) {
            hidden[i][x] = in.readInt();
          }
        }
        impactSignal[i] = in.readInt();
        actorStart[i] = in.readInt();
        people[i] = Double.longBitsToDouble(in.readLong());
        organicKnown[i] = Double.longBitsToDouble(in.readLong());
        unknownPeople[i] = Double.longBitsToDouble(in.readLong());
      }
      int exclusions = in.readInt();
      List<Exclusion> excluded = new ArrayList<>(exclusions);
      for (int x = 0; x < exclusions; x++) {
        excluded.add(new Exclusion(in.readUTF(), Exclusion.Reason.valueOf(in.readUTF())));
      }
      String[] actors = readStrings(in);
      int k = actors.length;
      actorStart[n] = k;
      double[] selective = new double[k];
      double[] repeat = new double[k];
      int[] count = new int[k];
      double[] estimated = new double[k];
      for (int t = 0; t < k; t++) {
        selective[t] = Double.longBitsToDouble(in.readLong());
        repeat[t] = Double.longBitsToDouble(in.readLong());
        count[t] = in.readInt();
        estimated[t] = Double.longBitsToDouble(in.readLong());
      }
      Measurement m = new Measurement(profileId, asOf, optedOut, networks, rows, values,
          List.copyOf(excluded), hidden);
      return new PopulationMember(m, accounts, impactSignal, actorStart, people, organicKnown,
          unknownPeople, actors, selective, repeat, count, estimated);
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException) {
        throw (IllegalArgumentException) e;
      }
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "population member: %s bytes that are not a member written by toBytes()", bytes.length),
          e);
    }
  }

  private static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
    out.writeInt(strings.length);
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static String[] readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    checkArgument(n >= 0 && n <= in.available(), "population member: %s strings", n);
    String[] strings = new String[n];
    for (int i = 0; i < n; i++) {
      strings[i] = in.readUTF();
    }
    return strings;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PopulationMember{%s, accounts=%s, actors=%d}",
        measurement.profileId, List.of(accounts), actorCount);
  }
}
