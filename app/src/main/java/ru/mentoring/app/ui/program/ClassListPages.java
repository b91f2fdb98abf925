package ru.mentoring.app.ui.program;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.security.SignedInOrigin;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.ui.UnknownSubject;
import ru.mentoring.command.common.table.CsvTable;
import ru.mentoring.command.common.table.Table;
import ru.mentoring.command.common.table.XlsxTable;
import ru.mentoring.command.program.ClassList;
import ru.mentoring.command.program.ClassListImport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;

/**
 * «Загрузить список»: a class list (XLSX or CSV, the template's columns) into a base. The file is checked first and
 * the page shows what it would do — how many rows, who is already in the register, every bad row with its line and
 * why; only a list without bad rows can then be imported, in the background, with a progress bar.
 */
@Controller
@RequestMapping("/ui/programs/{programId}/class-list")
class ClassListPages {

    private static final String UPLOAD = "class-list-upload:";

    private final ClassListImport imports;
    private final ClassListJobs jobs;
    private final ProgramPages pages;

    ClassListPages(ClassListImport imports, ClassListJobs jobs, ProgramPages pages) {
        this.imports = imports;
        this.jobs = jobs;
        this.pages = pages;
    }

    /** An uploaded list kept in the session between its check and its import. */
    record Upload(String base, String name, byte[] content) implements Serializable {
    }

    @PostMapping
    String check(@PathVariable UUID programId, @RequestParam String base, @RequestParam("file") MultipartFile file,
                 HttpSession session, Model model) throws IOException {
        ClassList.Base which = base(base);
        Upload upload = new Upload(which.name(), file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes());
        ClassListImport.Preview preview = imports.preview(new ProgramId(programId), which, table(upload));
        String uploadId = UUID.randomUUID().toString();
        if (preview.rejections().isEmpty() && !preview.entries().isEmpty()) {
            session.setAttribute(UPLOAD + uploadId, upload);
        }
        pages.header(programId, model);
        model.addAttribute("base", which.name());
        model.addAttribute("fileName", upload.name());
        model.addAttribute("preview", preview);
        model.addAttribute("uploadId", uploadId);
        return "class-list";
    }

    @PostMapping("/{uploadId}")
    String run(@PathVariable UUID programId, @PathVariable String uploadId, HttpSession session,
               @AuthenticationPrincipal UiUser user, HttpServletRequest request) {
        Object kept = session.getAttribute(UPLOAD + uploadId);
        if (!(kept instanceof Upload upload)) {
            throw new UnknownSubject("список");
        }
        session.removeAttribute(UPLOAD + uploadId);
        Table table = table(upload);
        int rows = (int) table.rows().stream().skip(1).filter(row -> !row.blank()).count();
        UUID job = jobs.start(new ProgramId(programId), ClassList.Base.valueOf(upload.base()), table, rows,
                user.getUsername(), SignedInOrigin.of(user, request).metaData());
        return "redirect:/ui/programs/" + programId + "/class-list/jobs/" + job;
    }

    @GetMapping("/jobs/{jobId}")
    String job(@PathVariable UUID programId, @PathVariable UUID jobId, @AuthenticationPrincipal UiUser user,
               Model model) {
        ClassListJobs.Job job = jobs.find(jobId, programId, user.getUsername()).orElseThrow(() -> new UnknownSubject("загрузка списка"));
        pages.header(programId, model);
        model.addAttribute("job", job);
        model.addAttribute("jobId", jobId);
        return "class-list-job";
    }

    private static ClassList.Base base(String base) {
        try {
            return ClassList.Base.valueOf(base.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownSubject("список");
        }
    }

    private static Table table(Upload upload) {
        boolean csv = upload.name().toLowerCase(Locale.ROOT).endsWith(".csv");
        return csv ? CsvTable.read(CsvTable.text(upload.content()), ClassList.MAX_ROWS)
                : XlsxTable.read(new ByteArrayInputStream(upload.content()), ClassList.COLUMNS.size(),
                ClassList.MAX_ROWS);
    }
}
