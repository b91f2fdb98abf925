package ru.mentoring.query.audit;

import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.reporting.KpiTargetsSet;
import ru.mentoring.api.reporting.MonitoringFormSubmitted;
import ru.mentoring.api.reporting.TerritoryFiguresSet;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;

import java.util.TreeMap;
import java.util.stream.Collectors;

import static ru.mentoring.query.audit.Sentences.day;

/**
 * The auditors' sentences for the reporting data: organizations and their headcounts, territories' figures
 * and targets, monitoring forms.
 */
final class ReportingSentences {

    private ReportingSentences() {
    }

    static void register(Sentences sentences) {
        sentences.on(OrganizationRegistered.class, (e, names) -> "Организация зарегистрирована: " + e.name() + " ("
                + e.municipality() + ", " + e.region() + ")");
        sentences.on(OrganizationHeadcountsSet.class, (e, names) -> "Указана численность на " + e.year()
                + " год: обучающихся " + e.students() + ", педагогов " + e.teachers());
        sentences.on(TerritoryFiguresSet.class, (e, names) -> "Указаны показатели территории "
                + territory(e.territory()) + " на " + e.year() + " год: детей 10–19 лет " + e.children10to19()
                + ", 15–19 лет " + e.children15to19() + ", молодых педагогов " + e.youngTeachers()
                + ", предприятий " + e.enterprises());
        sentences.on(KpiTargetsSet.class, (e, names) -> "Заданы целевые значения показателей территории "
                + territory(e.territory()) + " на " + e.year() + " год: " + new TreeMap<>(e.targets()).entrySet()
                .stream().map(target -> "«" + target.getKey().title() + "» — " + target.getValue() + "%")
                .collect(Collectors.joining("; ")));
        sentences.on(MonitoringFormSubmitted.class, (e, names) -> "Представлена форма мониторинга за " + e.year()
                + " год (версия " + e.version() + ") " + day(e.submittedOn())
                + (e.reference() == null || e.reference().isBlank() ? "" : ": «" + e.reference() + "»"));
    }

    private static String territory(TerritoryId territory) {
        return territory.level() == TerritoryLevel.REGION ? "«" + territory.region() + "»"
                : "«" + territory.municipality() + "» (" + territory.region() + ")";
    }
}
