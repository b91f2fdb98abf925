package ru.mentoring.app.ui.reports;

import org.springframework.validation.BindingResult;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;

import java.util.Optional;

/**
 * A territory as chosen on a page: its level, region and (for a municipality) its name. The forms that enter
 * a territory's data carry these fields along.
 */
public class TerritoryFields {

    private TerritoryLevel level = TerritoryLevel.MUNICIPALITY;
    private String region;
    private String municipality;

    /**
     * The territory, checked by {@link TerritoryId} itself; what it refuses is put beside the field concerned.
     */
    Optional<TerritoryId> territory(BindingResult errors) {
        if (level == null) {
            errors.rejectValue("level", "org.territory.level.required");
            return Optional.empty();
        }
        try {
            return Optional.of(new TerritoryId(level, strip(region), strip(municipality)));
        } catch (IllegalArgumentException refused) {
            String field = region == null || region.isBlank() ? "region" : "municipality";
            errors.rejectValue(field, "org.territory." + field + ".required", refused.getMessage());
            return Optional.empty();
        }
    }

    /** Whether anything was chosen yet: a page opened without a territory shows only the choice. */
    boolean chosen() {
        return region != null || municipality != null;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public TerritoryLevel getLevel() {
        return level;
    }

    public void setLevel(TerritoryLevel level) {
        this.level = level;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
