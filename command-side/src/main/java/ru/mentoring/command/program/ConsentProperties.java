package ru.mentoring.command.program;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Who signs a minor's consent, per region ({@code mentoring.consent.*}). The age is set by each region's own
 * regulation of the mentoring model and changes rarely, by the region's decision rather than a curator's step,
 * so it is configuration of the installation, not a command of the program: a consent already given stays valid
 * when the setting changes, because the rule is checked only when a consent is recorded.
 *
 * @param guardianUntilAge the default: participants younger than this need a legal representative's consent (18)
 * @param regions          per-region overrides, keyed by the region's name as organizations are registered with it
 *                         (in properties: {@code mentoring.consent.regions[Омская область]=14}); compared without
 *                         regard to case and surrounding spaces
 */
@ConfigurationProperties("mentoring.consent")
public record ConsentProperties(Integer guardianUntilAge, Map<String, Integer> regions) {

    public ConsentProperties {
        guardianUntilAge = guardianUntilAge == null ? 18 : guardianUntilAge;
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        new GuardianConsentAge(guardianUntilAge, null);
        regions.forEach((region, age) -> new GuardianConsentAge(age, region));
    }

    /** The setting of a region, or the default for a region without its own (or an unknown one). */
    GuardianConsentAge forRegion(String region) {
        if (region != null) {
            for (Map.Entry<String, Integer> entry : regions.entrySet()) {
                if (entry.getKey().strip().equalsIgnoreCase(region.strip())) {
                    return new GuardianConsentAge(entry.getValue(), region.strip());
                }
            }
        }
        return new GuardianConsentAge(guardianUntilAge, region == null ? null : region.strip());
    }
}
