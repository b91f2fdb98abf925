package ru.mentoring.api.reporting;

/**
 * A territory of reporting: a region or a municipality, by its name as the organization directory writes it
 * (municipality names are unique within a region). Its text form is the aggregate identifier.
 */
public record TerritoryId(
        TerritoryLevel level,
        String region,
        String municipality) {

    public TerritoryId {
        java.util.Objects.requireNonNull(level, "a territory needs a level");
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("у территории должен быть регион");
        }
        if (level == TerritoryLevel.MUNICIPALITY && (municipality == null || municipality.isBlank())) {
            throw new IllegalArgumentException("у муниципалитета должно быть название");
        }
        if (level == TerritoryLevel.REGION) {
            municipality = null;
        }
    }

    /** A region, or a municipality of it when {@code municipality} is not blank; names are stripped of spaces. */
    public static TerritoryId of(String region, String municipality) {
        return municipality == null || municipality.isBlank()
                ? new TerritoryId(TerritoryLevel.REGION, region == null ? null : region.strip(), null)
                : new TerritoryId(TerritoryLevel.MUNICIPALITY, region == null ? null : region.strip(),
                municipality.strip());
    }

    /**
     * The territory as an owner id, the same wherever it is computed: a municipality's road map is owned by its
     * territory's UUID (a name-based UUID of {@link #toString()}).
     */
    public java.util.UUID uuid() {
        return java.util.UUID.nameUUIDFromBytes(toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The territory of a text form, {@code REGION:…} or {@code MUNICIPALITY:…/…}; empty for any other text. */
    public static java.util.Optional<TerritoryId> parse(String text) {
        String region = TerritoryLevel.REGION + ":";
        String municipality = TerritoryLevel.MUNICIPALITY + ":";
        int slash = text.indexOf('/');
        if (text.startsWith(region) && text.length() > region.length()) {
            return java.util.Optional.of(new TerritoryId(TerritoryLevel.REGION, text.substring(region.length()), null));
        }
        if (text.startsWith(municipality) && slash > municipality.length() && slash < text.length() - 1) {
            return java.util.Optional.of(new TerritoryId(TerritoryLevel.MUNICIPALITY,
                    text.substring(municipality.length(), slash), text.substring(slash + 1)));
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return level == TerritoryLevel.REGION ? "REGION:" + region : "MUNICIPALITY:" + region + "/" + municipality;
    }
}
