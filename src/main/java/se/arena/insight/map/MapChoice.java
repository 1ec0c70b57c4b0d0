package se.arena.insight.map;

import java.util.List;

import se.arena.network.Network;

/**
 * What a coverage map shows, as its address asked: a network or all (null), and a year among
 * those the choice offers. A choice it could not use is left at its default and named here.
 *
 * @param networkError the Swedish message for the network field, or null
 * @param yearError    the Swedish message for the year field, or null
 */
record MapChoice(List<Network> networks, Network network, List<Integer> years, int year, String networkError,
                 String yearError) {

    MapChoice {
        networks = List.copyOf(networks);
        years = List.copyOf(years);
    }
}
