package ru.mentoring.app.ui.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.VerifyEventChain;

import java.util.Optional;

/**
 * «Проверка целостности»: recomputes the hash chain over one aggregate's stored events and says whether the
 * history is as it was written or names the first event changed, removed or slipped in behind the application.
 */
@Controller
class AuditChainPages {

    private final AuditSubjects subjects;
    private final QueryGateway queries;

    AuditChainPages(AuditSubjects subjects, QueryGateway queries) {
        this.subjects = subjects;
        this.queries = queries;
    }

    /** A GET with {@code check=true} runs the check: it changes nothing, so auditors may run it. */
    @GetMapping("/ui/audit/{kind}/{id}/verification")
    String verification(@PathVariable String kind, @PathVariable String id,
                        @RequestParam(defaultValue = "false") boolean check, Model model,
                        HttpServletResponse response) {
        Optional<AuditSubject> found = subjects.open(kind, id, model, response);
        if (found.isEmpty()) {
            return "audit-missing";
        }
        model.addAttribute("tab", "verification");
        if (check) {
            AuditSubject subject = found.get();
            queries.query(new VerifyEventChain(subject.id(), subject.kind().aggregateType()),
                            ResponseTypes.optionalInstanceOf(ChainVerification.class)).join()
                    .ifPresent(result -> {
                        model.addAttribute("result", result);
                        model.addAttribute("intact", "audit.verification.intact." + plural(result.eventsChecked()));
                    });
        }
        return "audit-verification";
    }

    /** The Russian plural form a count takes: 1, 21 событие (one); 2–4, 22 события (few); 5–20 событий (many). */
    static String plural(int count) {
        int lastTwo = count % 100;
        int last = count % 10;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }
}
