package ru.mentoring.app.ui.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapLevel;

import java.util.UUID;

/**
 * What the forms «Создать из шаблона» and «Пустой план» were filled in with, kept as typed so that a refused
 * form shows it again. The owner is chosen from the directory or, for an owner it does not know, typed as a
 * UUID. The checks' messages are {@code roadmap.form.*} keys of the road-maps bundle.
 */
public class NewRoadMapForm {

    /** The checks of «Создать из шаблона» beyond the common ones. */
    interface FromTemplate {
    }

    /** The checks of «Пустой план» beyond the common ones. */
    interface Empty {
    }

    static final String UUID_OR_EMPTY =
            "\\s*|\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*";

    @NotBlank(groups = FromTemplate.class, message = "{roadmap.form.template.required}")
    private String templateCode;

    @NotNull(groups = Empty.class, message = "{roadmap.form.level.required}")
    private RoadMapLevel level;

    private String ownerId;

    @Pattern(regexp = UUID_OR_EMPTY, message = "{roadmap.form.owner.invalid}")
    private String otherOwnerId;

    @NotBlank(message = "{roadmap.form.period.required}")
    @Pattern(regexp = "\\s*(" + PlanPeriod.PATTERN + ")?\\s*", message = "{roadmap.form.period.pattern}")
    private String period;

    @NotBlank(groups = Empty.class, message = "{roadmap.form.title.required}")
    @Size(max = RoadMapCreated.TITLE_MAX_LENGTH, message = "{roadmap.form.title.size}")
    private String title;

    /** A new form for the given period. */
    static NewRoadMapForm forPeriod(String period) {
        NewRoadMapForm form = new NewRoadMapForm();
        form.setPeriod(period);
        return form;
    }

    /** The owner chosen or typed, or {@code null} with the field marked when there is none. */
    UUID owner(BindingResult errors) {
        if (ownerId != null && !ownerId.isBlank()) {
            try {
                return UUID.fromString(ownerId.strip());
            } catch (IllegalArgumentException notFromTheSelect) {
                errors.rejectValue("ownerId", "roadmap.form.owner.invalid");
                return null;
            }
        }
        if (errors.hasFieldErrors("otherOwnerId")) {
            return null;
        }
        if (otherOwnerId == null || otherOwnerId.isBlank()) {
            errors.rejectValue("otherOwnerId", "roadmap.form.owner.required");
            return null;
        }
        return UUID.fromString(otherOwnerId.strip());
    }

    /** The period typed, or {@code null} with the field marked when it is not a plan's period. */
    PlanPeriod planPeriod(BindingResult errors) {
        if (errors.hasFieldErrors("period")) {
            return null;
        }
        try {
            return PlanPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("period", "roadmap.form.period.invalid");
            return null;
        }
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public RoadMapLevel getLevel() {
        return level;
    }

    public void setLevel(RoadMapLevel level) {
        this.level = level;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public String getOtherOwnerId() {
        return otherOwnerId;
    }

    public void setOtherOwnerId(String otherOwnerId) {
        this.otherOwnerId = otherOwnerId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
