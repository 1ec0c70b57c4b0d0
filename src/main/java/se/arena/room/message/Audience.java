package se.arena.room.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import se.arena.activity.Activity;
import se.arena.network.Network;
import se.arena.room.subgroup.DivisionView;

/**
 * Who a message goes to. Sealed, so that a new kind is added here with its own {@link Kind} and
 * every switch over audiences must handle it.
 */
sealed interface Audience {

    Kind kind();

    long id();

    /** What staff read after the kind's label: the network's or activity's title, or the sub-group's name and network. */
    String label();

    /** The label as the mail's footer reads it: "Du får det här meddelandet som deltagare i …". */
    default String inMail() {
        return label();
    }

    /** The network a sub-group belongs to, by which it is found again; null for the other kinds. */
    default Long containingNetworkId() {
        return null;
    }

    /** The compose page's query parameters that name this audience, in the order of its address. */
    default Map<String, Long> parameters() {
        return Map.of(kind().parameter(), id());
    }

    /** The compose page of this audience. */
    default String composePath() {
        return "/admin/meddelanden/nytt?" + parameters().entrySet().stream().map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
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

    /** The members of one confirmed sub-group who hold a seat in its network now. */
    record OfSubGroup(Network network, DivisionView.GroupView group) implements Audience {

        /** The stored label's column. */
        private static final int LABEL_LENGTH = 300;

        public Kind kind() {
            return Kind.SUBGROUP;
        }

        public long id() {
            return group.group().id();
        }

        public String label() {
            // the kind's own label stands before it wherever staff read it: "Undergrupp: Norr i nätverket …"
            String label = group.group().name() + " i nätverket " + network.title();
            return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
        }

        @Override
        public String inMail() {
            return "undergruppen " + group.group().name() + " i nätverket " + network.title();
        }

        @Override
        public Long containingNetworkId() {
            return network.id();
        }

        @Override
        public Map<String, Long> parameters() {
            Map<String, Long> parameters = new LinkedHashMap<>();
            parameters.put(Kind.NETWORK.parameter(), network.id());
            parameters.put(kind().parameter(), id());
            return parameters;
        }
    }

    /** The stored name of each kind of audience, and how staff read it. */
    enum Kind {
        NETWORK("natverk", "Nätverk"),
        ACTIVITY("aktivitet", "Aktivitet"),
        SUBGROUP("undergrupp", "Undergrupp");

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
