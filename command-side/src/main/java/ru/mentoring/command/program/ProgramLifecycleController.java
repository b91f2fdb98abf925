package ru.mentoring.command.program;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;
import ru.mentoring.command.people.PersonRegister;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.PathCommands;
import ru.mentoring.command.web.RequestOrigin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every step of a program's lifecycle over HTTP. The body of each call is the command itself; the program,
 * person and pair ids come from the path (any in the body are ignored). Each call returns when the step is
 * decided and stored: 204, or 201 with the new pair's id.
 */
@RestController
@RequestMapping("/api/programs/{programId}")
class ProgramLifecycleController {

    private final PathCommands commands;
    private final PersonRegister register;

    ProgramLifecycleController(PathCommands commands, PersonRegister register) {
        this.commands = commands;
        this.register = register;
    }

    /** The id of a pair or group just proposed. */
    record PairProposedResponse(UUID pairId) {
    }

    private <C extends Record> ResponseEntity<Void> send(C body, UUID programId, RequestOrigin origin) {
        return send(body, Map.of("programId", new ProgramId(programId)), origin);
    }

    private <C extends Record> ResponseEntity<Void> send(C body, Map<String, Object> fromPath, RequestOrigin origin) {
        return commands.send(body, fromPath, origin);
    }

    private <C extends Record> ResponseEntity<Void> sendFor(C body, UUID programId, UUID personId,
                                                            RequestOrigin origin) {
        return send(body, Map.of("programId", new ProgramId(programId), "personId", new PersonId(personId)), origin);
    }

    // preparation

    @PostMapping("/documents")
    ResponseEntity<Void> registerDocument(@PathVariable UUID programId, @RequestBody RegisterProgramDocument body,
                                          RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/forms")
    ResponseEntity<Void> chooseForms(@PathVariable UUID programId, @RequestBody ChooseMentoringForms body,
                                     RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/coverage-targets")
    ResponseEntity<Void> setCoverageTargets(@PathVariable UUID programId, @RequestBody SetCoverageTargets body,
                                            RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/informing-events")
    ResponseEntity<Void> recordInformingEvent(@PathVariable UUID programId, @RequestBody RecordInformingEvent body,
                                              RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/mentees")
    ResponseEntity<Void> enrollMentee(@PathVariable UUID programId, @RequestBody EnrollMentee body,
                                      RequestOrigin origin) {
        requireRegistered(body.personId());
        return send(body, programId, origin);
    }

    @PostMapping("/mentors")
    ResponseEntity<Void> enrollMentor(@PathVariable UUID programId, @RequestBody EnrollMentor body,
                                      RequestOrigin origin) {
        requireRegistered(body.personId());
        return send(body, programId, origin);
    }

    @PostMapping("/participants/{personId}/consent")
    ResponseEntity<Void> giveConsent(@PathVariable UUID programId, @PathVariable UUID personId,
                                     @RequestBody GiveConsent body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/participants/{personId}/consent-withdrawal")
    ResponseEntity<Void> withdrawConsent(@PathVariable UUID programId, @PathVariable UUID personId,
                                         @RequestBody WithdrawConsent body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/participants/{personId}/baseline-assessment")
    ResponseEntity<Void> recordBaseline(@PathVariable UUID programId, @PathVariable UUID personId,
                                        @RequestBody RecordBaselineAssessment body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/mentors/{personId}/interview")
    ResponseEntity<Void> recordInterview(@PathVariable UUID programId, @PathVariable UUID personId,
                                         @RequestBody RecordMentorInterview body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/mentor-trainings")
    ResponseEntity<Void> recordTraining(@PathVariable UUID programId, @RequestBody RecordMentorTraining body,
                                        RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/bases/mentees/formation")
    ResponseEntity<Void> formMenteeBase(@PathVariable UUID programId, RequestOrigin origin) {
        return send(new FormMenteeBase(null), programId, origin);
    }

    @PostMapping("/bases/mentors/formation")
    ResponseEntity<Void> formMentorBase(@PathVariable UUID programId, RequestOrigin origin) {
        return send(new FormMentorBase(null), programId, origin);
    }

    @PostMapping("/feedback-dates")
    ResponseEntity<Void> setFeedbackDates(@PathVariable UUID programId, @RequestBody SetFeedbackDates body,
                                          RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/stage")
    ResponseEntity<Void> advanceStage(@PathVariable UUID programId, @RequestBody AdvanceProgramStage body,
                                      RequestOrigin origin) {
        return send(body, programId, origin);
    }

    // matching

    @PostMapping("/group-meeting")
    ResponseEntity<Void> recordGroupMeeting(@PathVariable UUID programId, @RequestBody RecordGroupMeeting body,
                                            RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/participants/{personId}/preferences")
    ResponseEntity<Void> recordPreferences(@PathVariable UUID programId, @PathVariable UUID personId,
                                           @RequestBody RecordPreferences body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/pairs")
    ResponseEntity<PairProposedResponse> proposePair(@PathVariable UUID programId, @RequestBody ProposePair body,
                                                     RequestOrigin origin) {
        PairId pairId = PairId.random();
        send(body, Map.of("programId", new ProgramId(programId), "pairId", pairId), origin);
        return ResponseEntity.status(HttpStatus.CREATED).body(new PairProposedResponse(pairId.value()));
    }

    @PostMapping("/pairs/{pairId}/withdrawal")
    ResponseEntity<Void> withdrawPair(@PathVariable UUID programId, @PathVariable UUID pairId,
                                      @RequestBody WithdrawPairProposal body, RequestOrigin origin) {
        return send(body, Map.of("programId", new ProgramId(programId), "pairId", new PairId(pairId)), origin);
    }

    @PostMapping("/pairs/fixing-order")
    ResponseEntity<Void> fixPairs(@PathVariable UUID programId, @RequestBody FixPairsByOrder body,
                                  RequestOrigin origin) {
        return send(body, programId, origin);
    }

    // final meeting and monitoring

    @PostMapping("/final-event")
    ResponseEntity<Void> recordFinalEvent(@PathVariable UUID programId, @RequestBody RecordFinalEvent body,
                                          RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/mentors/{personId}/awards")
    ResponseEntity<Void> awardMentor(@PathVariable UUID programId, @PathVariable UUID personId,
                                     @RequestBody AwardMentor body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/participants/{personId}/satisfaction")
    ResponseEntity<Void> recordSatisfaction(@PathVariable UUID programId, @PathVariable UUID personId,
                                            @RequestBody RecordSatisfaction body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/participants/{personId}/final-assessment")
    ResponseEntity<Void> recordFinalAssessment(@PathVariable UUID programId, @PathVariable UUID personId,
                                               @RequestBody RecordFinalAssessment body, RequestOrigin origin) {
        return sendFor(body, programId, personId, origin);
    }

    @PostMapping("/cases")
    ResponseEntity<Void> recordCase(@PathVariable UUID programId, @RequestBody RecordCase body,
                                    RequestOrigin origin) {
        return send(body, programId, origin);
    }

    @PostMapping("/mentees/{personId}/move-to-mentor-base")
    ResponseEntity<Void> moveToMentorBase(@PathVariable UUID programId, @PathVariable UUID personId,
                                          RequestOrigin origin) {
        return sendFor(new MoveMenteeToMentorBase(null, null), programId, personId, origin);
    }

    @PostMapping("/monitoring-report")
    ResponseEntity<Void> submitReport(@PathVariable UUID programId, @RequestBody SubmitMonitoringReport body,
                                      RequestOrigin origin) {
        return send(body, programId, origin);
    }

    /** A participant must be in the person register first: that is where their name lives. */
    private void requireRegistered(PersonId personId) {
        if (personId != null && register.find(personId).isEmpty()) {
            throw new ru.mentoring.command.common.DomainRuleViolation("person.unknown",
                    "Человека " + personId + " нет в реестре: сначала внесите его (POST /api/people)");
        }
    }

    /** A refused stage transition lists every unmet condition, with the names of the people concerned. */
    @ExceptionHandler
    ProblemDetail stageConditionsUnmet(StageConditionsUnmet exception) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, exception.getCode(),
                exception.getMessage());
        List<Map<String, Object>> conditions = exception.getConditions().stream()
                .map(condition -> Map.<String, Object>of("code", condition.code(),
                        "message", withNames(condition), "people",
                        condition.people().stream().map(PersonId::value).toList()))
                .toList();
        problem.setProperty("conditions", conditions);
        return problem;
    }

    private String withNames(UnmetCondition condition) {
        if (condition.people().isEmpty()) {
            return condition.message();
        }
        return condition.message() + " (" + String.join(", ", register.names(condition.people()).values()) + ")";
    }
}
