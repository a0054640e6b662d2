package dev.klout.youtube;

import dev.klout.Account;

/**
 * What one fetch brought back: the channel's account, and the quota units it spent (every list
 * call costs one; a project has 10,000 a day by default).
 */
public record YouTubeFetch(Account account, int quotaUnits) {}
