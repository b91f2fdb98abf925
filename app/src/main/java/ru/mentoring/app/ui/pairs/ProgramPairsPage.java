package ru.mentoring.app.ui.pairs;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.FindProgramPairs;
import ru.mentoring.api.pair.PairProgress;
import ru.mentoring.api.program.FindProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramSummary;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * «Пары и группы» of one program: every pair fixed by order with its people, how far it has got, and in red
 * what is overdue — the first meeting, a stall, feedback — or only the pairs that need attention.
 */
@Controller
class ProgramPairsPage {

    private final QueryGateway queries;
    private final PairNames people;

    ProgramPairsPage(QueryGateway queries, PairNames people) {
        this.queries = queries;
        this.people = people;
    }

    @GetMapping("/ui/programs/{programId}/pairs")
    String pairs(@PathVariable UUID programId, @RequestParam(defaultValue = "false") boolean attention,
                 Model model) {
        List<PairProgress> pairs = queries.query(new FindProgramPairs(new ProgramId(programId), attention),
                ResponseTypes.multipleInstancesOf(PairProgress.class)).join();
        Map<PersonId, String> names = people.of(pairs.stream()
                .flatMap(pair -> Stream.concat(pair.mentors().stream(), pair.mentees().stream()))
                .map(PersonId::new).distinct().toList());
        List<PairRow> rows = pairs.stream().map(pair -> new PairRow(pair, sorted(names, pair.mentors()),
                sorted(names, pair.mentees()), pair.meetings().values().stream().mapToInt(Integer::intValue).sum()))
                .toList();
        model.addAttribute("programId", programId);
        queries.query(new FindProgram(new ProgramId(programId)),
                        ResponseTypes.optionalInstanceOf(ProgramSummary.class)).join()
                .ifPresent(program -> model.addAttribute("program", program));
        model.addAttribute("attention", attention);
        model.addAttribute("rows", rows);
        return "pairs";
    }

    private static List<String> sorted(Map<PersonId, String> names, List<UUID> people) {
        return PairNames.sorted(names, people.stream().map(PersonId::new).toList());
    }
}
