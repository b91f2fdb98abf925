package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.ProgramCompleted;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.program.StageConditionsUnmet;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A new person is put into the register for one step only: when the step is refused, or fails, their data are
 * erased again.
 */
class UiCommandsTest {

    private static final UiUser CURATOR = new UiUser("curator", "{noop}x", ActorRole.ORGANIZATION_CURATOR, null,
            null, UUID.randomUUID().toString(), "Куратор", true, false);

    private final List<Object> sent = new ArrayList<>();
    private final PersonId person = new PersonId(UUID.randomUUID());
    private final RegisterPerson registration = new RegisterPerson(person, "Иванова", "Анна", null, null, null,
            null);
    /** Any command stands for the step: the gateway below decides what becomes of it. */
    private final Object step = new ProgramCompleted(ProgramId.random());

    @Test
    void anAcceptedStepKeepsThePerson() {
        UiCommands commands = new UiCommands(gateway(null));

        assertThat(commands.sendForNewPerson(registration, step, CURATOR, new MockHttpServletRequest())).isEmpty();
        assertThat(sent).containsExactly(registration, step);
    }

    @Test
    void aRefusedStepErasesThePersonWithTheReason() {
        UiCommands commands = new UiCommands(gateway(new DomainRuleViolation("x", "Этап не тот")));

        assertThat(commands.sendForNewPerson(registration, step, CURATOR, new MockHttpServletRequest()))
                .contains("Этап не тот");
        assertThat(sent).containsExactly(registration, step, new ErasePersonalData(person,
                "Шаг, для которого человек внесён в реестр, не выполнен: Этап не тот"));
    }

    @Test
    void aStepThatFailsErasesThePersonAndTheFailureGoesOn() {
        IllegalStateException failure = new IllegalStateException("база недоступна");
        UiCommands commands = new UiCommands(gateway(failure));

        assertThatThrownBy(() -> commands.sendForNewPerson(registration, step, CURATOR,
                new MockHttpServletRequest())).isSameAs(failure);
        assertThat(sent).last().isEqualTo(new ErasePersonalData(person,
                "Шаг, для которого человек внесён в реестр, не выполнен: сбой при отправке"));
    }

    @Test
    void aRefusalThePageShowsInFullIsThrownOnAndOthersReadAsTheirSentence() {
        StageConditionsUnmet unmet = new StageConditionsUnmet(ProgramStage.PREPARATION,
                List.of(new UnmetCondition("curator-missing", "Не назначен куратор программы", List.of())));
        UiCommands commands = new UiCommands(gateway(unmet));

        assertThatThrownBy(() -> commands.send(step, CURATOR, new MockHttpServletRequest(),
                StageConditionsUnmet.class)).isSameAs(unmet);
        assertThat(commands.send(step, CURATOR, new MockHttpServletRequest()))
                .contains("Этап «подготовительный» не завершён: Не назначен куратор программы");
        assertThat(new UiCommands(gateway(new ConcurrencyException("версия 3 уже есть")))
                .send(step, CURATOR, new MockHttpServletRequest()))
                .contains("Эти данные только что изменила другая команда; обновите страницу и повторите");
    }

    /** A gateway that records what it is sent and answers the step with {@code stepFailure}, if any. */
    private CommandGateway gateway(RuntimeException stepFailure) {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any(), any(MetaData.class))).thenAnswer(call -> {
            Object command = call.getArgument(0);
            sent.add(command);
            if (command == step && stepFailure != null) {
                throw stepFailure;
            }
            return null;
        });
        return gateway;
    }
}
