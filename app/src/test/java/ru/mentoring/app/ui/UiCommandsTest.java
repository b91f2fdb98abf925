package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.program.ProgramCompleted;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.command.program.StageConditionsUnmet;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A page's command is sent as the signed-in user, and a refusal comes back as the sentence the page shows — or
 * whole, for a page that shows more of it.
 */
class UiCommandsTest {

    private static final UiUser CURATOR = new UiUser("curator", "{noop}x", ActorRole.ORGANIZATION_CURATOR, null,
            null, UUID.randomUUID().toString(), "Куратор", true, false);

    /** Any command stands for the step: the gateway below decides what becomes of it. */
    private final Object step = new ProgramCompleted(ProgramId.random());

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

    /** A gateway that answers the step with {@code stepFailure}. */
    private CommandGateway gateway(RuntimeException stepFailure) {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any(), any(MetaData.class))).thenAnswer(call -> {
            if (call.getArgument(0) == step) {
                throw stepFailure;
            }
            return null;
        });
        return gateway;
    }
}
