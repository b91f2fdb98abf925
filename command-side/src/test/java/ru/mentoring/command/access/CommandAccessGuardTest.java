package ru.mentoring.command.access;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.people.PersonalData;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollNewMentee;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.program.RecordMentorTraining;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.api.roadmap.BindRoadMapItemToMilestone;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandAccessGuardTest {

    private static final String YUGRA = "Ханты-Мансийский автономный округ – Югра";
    private final Map<UUID, List<Place>> known = new HashMap<>();
    private final Places places = subject -> known.getOrDefault(subject, List.of());
    private final CommandAccessGuard guard = new CommandAccessGuard(new CommandTargets(places));

    private final OrganizationId gymnasium = new OrganizationId(UUID.randomUUID());
    private final OrganizationId pokachiSchool = new OrganizationId(UUID.randomUUID());
    private final ProgramId gymnasiumProgram = ProgramId.random();

    CommandAccessGuardTest() {
        known.put(gymnasium.value(), List.of(new Place(YUGRA, "город Когалым", gymnasium.value())));
        known.put(pokachiSchool.value(), List.of(new Place(YUGRA, "город Покачи", pokachiSchool.value())));
        known.put(gymnasiumProgram.value(), known.get(gymnasium.value()));
    }

    @Test
    void aCuratorCreatesProgramsForTheirOwnSchoolOnly() throws Exception {
        Actor curator = new Actor("k", ActorRole.ORGANIZATION_CURATOR, null, null, gymnasium.toString());

        assertThat(passes(new CreateProgram(ProgramId.random(), gymnasium, AcademicPeriod.parse("2021-2022"), "П"),
                curator)).isTrue();
        assertThatThrownBy(() -> passes(new CreateProgram(ProgramId.random(), pokachiSchool,
                AcademicPeriod.parse("2021-2022"), "П"), curator)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aCommandOnAProgramIsJudgedWhereTheProgramLies() throws Exception {
        Actor coordinatorOfPokachi = new Actor("c", ActorRole.MUNICIPAL_COORDINATOR, YUGRA, "город Покачи", null);
        var training = new RecordMentorTraining(gymnasiumProgram, LocalDate.of(2021, 10, 1), "Роль наставника",
                Set.of());

        assertThatThrownBy(() -> passes(training, coordinatorOfPokachi)).isInstanceOf(AccessDenied.class);
        assertThat(passes(training, new Actor("c", ActorRole.MUNICIPAL_COORDINATOR, YUGRA, "город Когалым", null)))
                .isTrue();
    }

    @Test
    void aCommandTyingTwoThingsNeedsBothInsideTheScope() throws Exception {
        RoadMapId pokachiRoadMap = RoadMapId.random();
        known.put(pokachiRoadMap.value(), known.get(pokachiSchool.value()));
        Actor gymnasiumCurator = new Actor("k", ActorRole.ORGANIZATION_CURATOR, null, null, gymnasium.toString());
        var bindForeignItem = new BindRoadMapItemToMilestone(pokachiRoadMap, RoadMapItemId.random(),
                gymnasiumProgram, ProgramMilestone.MENTEE_BASE_FORMED);

        assertThatThrownBy(() -> passes(bindForeignItem, gymnasiumCurator)).isInstanceOf(AccessDenied.class);
        assertThat(passes(bindForeignItem, new Actor("a", ActorRole.REGIONAL_ADMINISTRATOR, YUGRA, null, null)))
                .isTrue();
    }

    @Test
    void aNewPersonsEnrollmentIsJudgedWhereItsProgramLies() throws Exception {
        var enrollNew = new EnrollNewMentee(new PersonalData("Соколова", "Анна", null, null, null, null),
                new EnrollMentee(gymnasiumProgram, new PersonId(UUID.randomUUID()), MenteeCategory.STUDENT, 13, null,
                        "7А", "Адаптация в новом классе", RequestSource.SELF, LocalDate.of(2021, 9, 10)));

        assertThatThrownBy(() -> passes(enrollNew, new Actor("k", ActorRole.ORGANIZATION_CURATOR, null, null,
                pokachiSchool.toString()))).isInstanceOf(AccessDenied.class);
        assertThat(passes(enrollNew, new Actor("k", ActorRole.ORGANIZATION_CURATOR, null, null,
                gymnasium.toString()))).isTrue();
    }

    @Test
    void aNewOrganizationLiesWhereItsFieldsSay() throws Exception {
        var register = new RegisterOrganization(new OrganizationId(UUID.randomUUID()), "СОШ № 1", "город Покачи",
                YUGRA);

        assertThat(passes(register, new Actor("a", ActorRole.REGIONAL_ADMINISTRATOR, YUGRA, null, null))).isTrue();
        assertThatThrownBy(() -> passes(register, new Actor("a", ActorRole.REGIONAL_ADMINISTRATOR, "Омская область",
                null, null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> passes(register, new Actor("k", ActorRole.ORGANIZATION_CURATOR, null, null,
                gymnasium.toString()))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void readersSendNothingAndAProgramForAnUnknownSchoolIsRefused() {
        var create = new CreateProgram(ProgramId.random(), gymnasium, AcademicPeriod.parse("2021-2022"), "П");

        assertThatThrownBy(() -> passes(create, new Actor("a", ActorRole.AUDITOR, YUGRA, null, null)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> passes(new CreateProgram(ProgramId.random(), new OrganizationId(UUID.randomUUID()),
                AcademicPeriod.parse("2021-2022"), "П"), new Actor("a", ActorRole.REGIONAL_ADMINISTRATOR, YUGRA,
                null, null))).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("не зарегистрирована");
    }

    @Test
    void theEnginesOwnCommandsPassWithoutLookingAnythingUp() throws Exception {
        Map<UUID, List<Place>> looked = new HashMap<>();
        Places counting = subject -> {
            looked.put(subject, List.of());
            return List.of();
        };
        var create = new CreateProgram(ProgramId.random(), pokachiSchool, AcademicPeriod.parse("2021-2022"), "П");

        AtomicBoolean proceeded = new AtomicBoolean();
        var message = GenericCommandMessage.asCommandMessage(create).andMetaData(MetaData.from(Actor.system()
                .asMetaData()));
        var unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            new CommandAccessGuard(new CommandTargets(counting)).handle(unitOfWork, () -> {
                proceeded.set(true);
                return null;
            });
        } finally {
            unitOfWork.rollback();
        }
        assertThat(proceeded).isTrue();
        assertThat(looked).isEmpty();
    }

    private boolean passes(Object command, Actor actor) throws Exception {
        AtomicBoolean proceeded = new AtomicBoolean();
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(actor.asMetaData()));
        InterceptorChain chain = () -> {
            proceeded.set(true);
            return null;
        };
        var unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            guard.handle(unitOfWork, chain);
        } finally {
            unitOfWork.rollback();
        }
        return proceeded.get();
    }
}
