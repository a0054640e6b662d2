package dev.klout;

/** A network that is in the profile but contributed nothing, and why. */
public record Exclusion(String network, Reason reason) {
  /** Why a network was left out. */
  public enum Reason {
    /** The account is private or protected; public data only (SCORING-PRINCIPLES B4). */
    PRIVATE("the account is private, and only public activity counts"),
    /** No post and no reply in the 90-day window (B1). */
    NO_ACTIVITY("no posts or replies in the last 90 days");

    private final String explanation;

    Reason(String explanation) {
      this.explanation = explanation;
    }

    public String explanation() {
      return explanation;
    }
  }
}
