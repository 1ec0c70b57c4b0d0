package se.arena.room.message;

import se.arena.activity.Activity;
import se.arena.network.Network;

/**
 * Who a message goes to. Sealed, so that a new kind (a sub-group of a network's room, when that
 * exists) is added here with its own {@link Kind} and every switch over audiences must handle it.
 */
sealed interface Audience {

    Kind kind();

    long id();

    /** What staff read: the network's or activity's title. */
    String label();

    /** The compose page's query parameter that names this audience. */
    default String parameter() {
        return kind().parameter();
    }

    /** The current seat holders of a network. */
    record OfNetwork(Network network) implements Audience {
        public Kind kind() {
            return Kind.NETWORK;
        }

        public long id() {
            return network.id();
        }

        public String label() {
            return network.title();
        }
    }

    /** The people with a confirmed place in an activity. */
    record OfActivity(Activity activity) implements Audience {
        public Kind kind() {
            return Kind.ACTIVITY;
        }

        public long id() {
            return activity.id();
        }

        public String label() {
            return activity.title();
        }
    }

    /** The stored name of each kind of audience, and how staff read it. */
    enum Kind {
        NETWORK("natverk", "Nätverk"),
        ACTIVITY("aktivitet", "Aktivitet");

        private final String parameter;
        private final String label;

        Kind(String parameter, String label) {
            this.parameter = parameter;
            this.label = label;
        }

        String parameter() {
            return parameter;
        }

        public String label() {
            return label;
        }

        /** Kinds come from the address bar, so anything unknown means "any kind". */
        static Kind parse(String value) {
            for (Kind kind : values()) {
                if (kind.name().equals(value)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
