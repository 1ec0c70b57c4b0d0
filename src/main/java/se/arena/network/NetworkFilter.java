package se.arena.network;

/** The catalogue's filters; unknown values from a hand-edited address mean "no filter". */
public record NetworkFilter(TargetGroup targetGroup, String theme, boolean openOnly) {

    public static NetworkFilter of(String targetGroup, String theme, String openOnly) {
        TargetGroup group = null;
        for (TargetGroup candidate : TargetGroup.values()) {
            if (candidate.name().equalsIgnoreCase(targetGroup == null ? "" : targetGroup.strip())) {
                group = candidate;
            }
        }
        return new NetworkFilter(group, theme == null || theme.isBlank() ? null : theme.strip(),
                "ja".equalsIgnoreCase(openOnly) || "true".equalsIgnoreCase(openOnly));
    }
}
