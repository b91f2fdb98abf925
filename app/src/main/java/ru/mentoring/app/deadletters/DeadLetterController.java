package ru.mentoring.app.deadletters;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;

import java.util.List;

/**
 * For operators: {@code GET /api/admin/dead-letters} lists what every processing group has parked;
 * {@code POST …/{group}/retry} retries all of a group, {@code POST …/{group}/{letterId}/retry} the sequence of
 * one letter, both answering what was retried and what is still parked; {@code POST …/{group}/{letterId}/eviction}
 * with a reason removes a letter for good and records it in the event store.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record EvictionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    List<GroupDeadLetters> all() {
        return deadLetters.all();
    }

    @GetMapping("/{group}")
    GroupDeadLetters group(@PathVariable String group) {
        return deadLetters.of(requireGroup(group));
    }

    @PostMapping("/{group}/retry")
    RetryOutcome retryAll(@PathVariable String group) {
        return deadLetters.retryAll(requireGroup(group));
    }

    @PostMapping("/{group}/{letterId}/retry")
    RetryOutcome retry(@PathVariable String group, @PathVariable String letterId) {
        return deadLetters.retry(group, requireLetter(group, letterId));
    }

    @PostMapping("/{group}/{letterId}/eviction")
    Eviction evict(@PathVariable String group, @PathVariable String letterId,
                   @Valid @RequestBody EvictionRequest request, RequestOrigin origin) {
        return deadLetters.evict(group, requireLetter(group, letterId), request.reason(), origin.metaData())
                .orElseThrow(() -> unknownLetter(group, letterId));
    }

    private String requireGroup(String group) {
        if (!deadLetters.knows(group)) {
            throw notFound("dead-letters.group-unknown", "Нет группы обработки «" + group + "» с очередью "
                    + "недоставленных событий; есть: " + String.join(", ", deadLetters.groups()));
        }
        return group;
    }

    private ParkedEvent requireLetter(String group, String letterId) {
        return deadLetters.find(requireGroup(group), letterId).orElseThrow(() -> unknownLetter(group, letterId));
    }

    private static ErrorResponseException unknownLetter(String group, String letterId) {
        return notFound("dead-letter.unknown", "В группе «" + group + "» нет недоставленного события " + letterId
                + ": возможно, оно уже обработано или удалено");
    }

    private static ErrorResponseException notFound(String code, String message) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ApiProblems.problem(HttpStatus.NOT_FOUND, code,
                message), null);
    }
}
