package ru.mentoring.app.ui.roadmap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mentoring.api.roadmap.PlanRoadMapItems;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UiCommands;
import ru.mentoring.command.roadmap.RoadMapCsv;
import ru.mentoring.command.roadmap.RoadMapImport;
import ru.mentoring.command.roadmap.RoadMapXlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The import of items into a section of a plan from a file — CSV with the columns of seed 001, or the first
 * sheet of an XLSX workbook — read by the same code as the API's import: when a row is bad nothing is imported
 * and every bad row is listed with its line and reason. Answers htmx with the result in place of the form's
 * result box; without htmx the plan page shows it.
 */
@Controller
@RequestMapping("/ui/road-maps/{roadMapId}/import")
class RoadMapImportPages {

    private final UiCommands commands;

    RoadMapImportPages(UiCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    String importItems(@PathVariable UUID roadMapId, @RequestParam(required = false) Integer section,
                       @RequestParam(required = false) MultipartFile file,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       @AuthenticationPrincipal UiUser user, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) throws IOException {
        model.addAttribute("roadMapId", roadMapId);
        if (section == null || section < 1) {
            model.addAttribute("importError", "roadmap.import.sectionMissing");
        } else if (file == null || file.isEmpty()) {
            model.addAttribute("importError", "roadmap.import.fileMissing");
        } else {
            RoadMapImport.Result result = read(file);
            if (!result.rejections().isEmpty()) {
                model.addAttribute("rejections", result.rejections());
            } else {
                Optional<String> refusal = commands.send(new PlanRoadMapItems(new RoadMapId(roadMapId), section,
                        result.items()), user, request);
                refusal.ifPresentOrElse(reason -> model.addAttribute("importRefusal", reason),
                        () -> model.addAttribute("imported", result.items().size()));
            }
        }
        if (htmx != null) {
            return "road-map :: import-result";
        }
        model.asMap().forEach(redirect::addFlashAttribute);
        return "redirect:/ui/road-maps/" + roadMapId;
    }

    /** A workbook by its name or type, CSV (UTF-8, with or without a byte-order mark) otherwise. */
    private static RoadMapImport.Result read(MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType();
        if (name.endsWith(".xlsx") || type.contains("spreadsheetml")) {
            return RoadMapXlsx.read(new ByteArrayInputStream(file.getBytes()));
        }
        return RoadMapCsv.read(new String(file.getBytes(), StandardCharsets.UTF_8));
    }
}
