package ru.mentoring.app.ui;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.app.TestSchool;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reference data and reporting pages in a real headless Chromium, as a regional administrator uses them:
 * registers a school (refused first without a name, the typed municipality and region kept) and enters its
 * headcounts; chooses a municipality (refused first without its name, beside the field) and
 * enters its figures and KPI targets (a target over 100 % refused beside its field); opens the municipality's
 * KPI report with its targets and bars and downloads it as a workbook and its monitoring forms (a school of a
 * neighbouring town left out), then the school's report with its own targets. The installation's operator
 * rebuilds a projection and watches it finish, and the administrator finds the directory read back. Screenshots
 * {@code organizations}, {@code territories}, {@code reports}, {@code projections}.
 */
class ReportsUiIT extends BrowserIT {

    private static final String REGION = "Ханты-Мансийский автономный округ – Югра (тест интерфейса отчётов)";
    private static final String CITY = "город Когалым";
    private static final String SCHOOL = "МАОУ «Средняя школа № 3»";
    private static final String NEIGHBOUR = "МАОУ «Средняя школа № 1» города Покачи";

    @Autowired
    CommandGateway commands;

    @Autowired
    MoscowCalendar calendar;

    private final Actor administrator = new Actor("admin.reports-" + UUID.randomUUID().toString().substring(0, 8),
            ActorRole.REGIONAL_ADMINISTRATOR, REGION, null, null);

    @Test
    void administratorKeepsTheReferenceDataReadsTheKpiReportAndTheOperatorRebuildsAProjection() throws Exception {
        String password = account(administrator, "Администратор региона");
        signIn(administrator.userId(), password);
        registerSchoolWithHeadcounts();
        enterTheMunicipalitysFiguresAndTargets();
        readAndDownloadTheKpiReport();
        signOut();
        signInAsOperator();
        rebuildTheOrganizationDirectory();
        signOut();
        signIn(administrator.userId(), password);
        readTheRebuiltDirectory();
    }

    /** The directory lists fifty schools a page, ordered by municipality and name, the filters kept in its links. */
    @Test
    void aLargeDirectoryIsReadPageByPageWithItsFiltersKept() {
        String region = "Регион постраничного справочника " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 52; i++) {
            TestSchool.register(commands, "Школа № %02d".formatted(i), i % 2 == 0 ? "Северный округ" : "Южный округ",
                    region);
        }
        signInAs(new Actor("admin." + UUID.randomUUID().toString().substring(0, 8),
                ActorRole.REGIONAL_ADMINISTRATOR, region, null, null), "Администратор региона");

        open("/ui/organizations?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8));
        reloadUntil(driver -> driver.findElement(By.id("organizations-position")).getText().equals("1–50 из 52"));
        assertThat(browser.findElements(By.cssSelector("#organizations tbody tr"))).hasSize(50);
        assertThat(browser.findElements(By.id("organizations-previous"))).isEmpty();
        click(By.id("organizations-next"));
        assertThat(waitFor(By.id("organizations-position")).getText()).isEqualTo("51–52 из 52");
        assertThat(browser.findElements(By.cssSelector("#organizations tbody tr"))).extracting(WebElement::getText)
                .containsExactly("Школа № 49 Южный округ " + region, "Школа № 51 Южный округ " + region);
        assertThat(browser.findElements(By.id("organizations-next"))).isEmpty();

        open("/ui/organizations?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8)
                + "&municipality=" + URLEncoder.encode("Северный округ", StandardCharsets.UTF_8) + "&q=1&page=7");
        // Северный округ has the even numbers; 10, 12, 14, 16 and 18 have a 1; a page past the end shows the last
        assertThat(waitFor(By.id("organizations-position")).getText()).isEqualTo("1–5 из 5");
        assertThat(browser.findElements(By.cssSelector("#organizations tbody tr"))).hasSize(5);
    }

    private void registerSchoolWithHeadcounts() {
        open("/ui/organizations");
        fill("name", "");
        fill("municipality", CITY);
        fill("region", REGION);
        click(By.cssSelector("#organization-form button[type=submit]"));
        WebElement nameError = waitFor(By.cssSelector(".field.invalid .field-error"));
        assertThat(nameError.getText()).isEqualTo("Укажите название организации");
        assertThat(browser.findElement(By.id("municipality")).getDomProperty("value")).isEqualTo(CITY);
        assertThat(browser.findElement(By.id("region")).getDomProperty("value")).isEqualTo(REGION);

        fill("name", SCHOOL);
        click(By.cssSelector("#organization-form button[type=submit]"));
        assertThat(waitFor(By.id("organization-name")).getText()).isEqualTo(SCHOOL);
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Организация добавлена в справочник");
        // the school's report opens for the academic year under way, not on a «give the year» refusal
        assertThat(browser.findElement(By.linkText("KPI-отчёт организации")).getDomAttribute("href"))
                .endsWith("&year=" + calendar.academicYear().startYear());

        fill("year", "2026");
        fill("students", "");
        fill("teachers", "60");
        click(By.cssSelector("#headcounts-form button[type=submit]"));
        assertThat(textOf(By.cssSelector(".field.invalid .field-error")))
                .isEqualTo("Укажите число обучающихся");
        assertThat(browser.findElement(By.id("teachers")).getDomProperty("value")).isEqualTo("60");
        fill("students", "900");
        click(By.cssSelector("#headcounts-form button[type=submit]"));
        String headcounts = reloadUntil(driver -> driver.findElements(By.cssSelector("#headcounts tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("2026-2027")).findFirst().orElse(null));
        assertThat(headcounts).contains("900", "60");

        open("/ui/organizations");
        choose("filter-region", REGION);
        List<WebElement> rows = waitFor(By.id("organizations")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(SCHOOL, CITY, REGION);
        screenshot("organizations");
    }

    private void enterTheMunicipalitysFiguresAndTargets() {
        open("/ui/territories");
        choose("level", "муниципалитет");
        fill("region", REGION);
        fill("municipality", "");
        click(By.id("show-territory"));
        assertThat(textOf(By.cssSelector(".field.invalid .field-error")))
                .isEqualTo("Укажите название муниципалитета");
        assertThat(browser.findElement(By.id("region")).getDomProperty("value")).isEqualTo(REGION);

        fill("municipality", CITY);
        click(By.id("show-territory"));
        assertThat(waitFor(By.id("territory-name")).getText()).isEqualTo(CITY + " (" + REGION + ")");
        fill("figures-year", "2026");
        fill("figures-children10to19", "3000");
        fill("figures-children15to19", "1400");
        fill("figures-youngTeachers", "90");
        fill("figures-enterprises", "40");
        click(By.cssSelector("#figures-form button[type=submit]"));
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Справочные данные за 2026 год сохранены");

        fill("targets-year", "2026");
        fill("target-MENTEES_10_19", "150");
        fill("target-ENTERPRISES", "5");
        click(By.cssSelector("#targets-form button[type=submit]"));
        assertThat(textOf(By.cssSelector("#targets-form .field.invalid .field-error")))
                .isEqualTo("Целевое значение — от 0 до 100 %");
        assertThat(browser.findElement(By.id("target-MENTEES_10_19")).getDomProperty("value")).isEqualTo("150");
        assertThat(browser.findElement(By.id("target-ENTERPRISES")).getDomProperty("value")).isEqualTo("5");
        fill("target-MENTEES_10_19", "10");
        click(By.cssSelector("#targets-form button[type=submit]"));
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Целевые значения за 2026 год сохранены");

        String year = reloadUntil(driver -> driver.findElements(By.cssSelector("#territory-years tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("10 %")).findFirst().orElse(null));
        assertThat(year).contains("2026-2027", "3000", "1400", "90", "40", "10 %", "5 %");
        screenshot("territories");
    }

    private void readAndDownloadTheKpiReport() throws IOException, InterruptedException {
        // a misspelt region is outside the administrator's region: the «not found» page names it and theirs
        open("/ui/reports?year=2026&region=" + URLEncoder.encode("Ханты-Мансийский округ", StandardCharsets.UTF_8));
        assertThat(waitFor(By.id("failure")).getText())
                .contains("Регион «Ханты-Мансийский округ» не найден", "«" + REGION + "»");

        open("/ui/reports");
        fill("region", REGION);
        fill("municipality", "город Когалм");
        fill("year", "2026");
        click(By.id("show-report"));
        // a misspelt municipality: no table of zeros, but what was not found and the name meant, as a link
        WebElement unknown = waitFor(By.id("scope-unknown"));
        assertThat(unknown.getText()).contains("Муниципалитет «город Когалм»", "не найден", "отчёт не построен");
        assertThat(browser.findElements(By.id("kpi-table"))).isEmpty();
        click(By.linkText(CITY));
        WebElement table = waitFor(By.id("kpi-table"));
        assertThat(browser.findElement(By.id("report-scope")).getText()).isEqualTo(CITY + ", 2026-2027 учебный год");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(6);
        WebElement mentees = table.findElement(By.cssSelector("tr[data-kpi=MENTEES_10_19]"));
        assertThat(mentees.getText()).contains("Доля детей 10–19 лет", "3000", "10 %", "не достигнуто");
        assertThat(mentees.findElements(By.cssSelector("svg.kpi-chart line.target-line"))).hasSize(1);
        assertThat(table.findElements(By.cssSelector("svg.kpi-chart rect.bar"))).hasSize(6);
        screenshot("reports");

        HttpResponse<byte[]> workbook = download(browser.findElement(By.id("kpi-xlsx")).getDomProperty("href"));
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Показатель");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3000);
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(10);
        }
        // the municipality's monitoring forms, not the whole region's: a school of a neighbouring town is left out
        String monitoringLink = browser.findElement(By.id("monitoring-csv")).getDomProperty("href");
        commands.sendAndWait(new RegisterOrganization(new OrganizationId(UUID.randomUUID()), NEIGHBOUR,
                "город Покачи", REGION), MetaData.from(administrator.asMetaData()));
        String regionWide = url("/api/v1/reports/monitoring-forms.csv?year=2026&region="
                + URLEncoder.encode(REGION, StandardCharsets.UTF_8));
        await().atMost(PATIENCE).until(() -> csvRows(download(regionWide)), rows -> rows.size() == 2);
        HttpResponse<byte[]> monitoring = download(monitoringLink);
        assertThat(monitoring.statusCode()).isEqualTo(200);
        assertThat(csvRows(monitoring)).singleElement()
                .satisfies(row -> assertThat(row.split(";")).contains(SCHOOL, CITY).doesNotContain(NEIGHBOUR));

        choose("organizationId", SCHOOL + " (" + CITY + ")");
        click(By.id("show-report"));
        assertThat(waitFor(By.id("report-scope")).getText()).isEqualTo(SCHOOL + ", 2026-2027 учебный год");
        assertThat(browser.findElement(By.id("organization-targets")).getText())
                .contains("Охват обучающихся наставничеством", "Участие в итоговом мероприятии");
        // each target with its arithmetic: nobody in a fixed pair yet, of the 900 pupils of the headcount
        assertThat(browser.findElement(By.cssSelector("#organization-targets tr[data-target=student-coverage]"))
                .findElements(By.cssSelector("td.number")).stream().map(WebElement::getText).toList())
                .startsWith("0", "900");
    }

    private void rebuildTheOrganizationDirectory() {
        open("/ui/admin/projections");
        click(By.id("rebuild-organization-directory"));
        assertThat(waitFor(By.id("notice")).getText()).contains("organization-directory", "перестраивается");
        By state = By.cssSelector("tr[data-projection=organization-directory] .state");
        // the status table is swapped every second while the rebuild runs
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElement(state).getText().equals("готово") && driver.findElement(By.cssSelector(
                        "tr[data-projection=organization-directory]")).getText().contains("100 %"));
        screenshot("projections");
        assertThat(browser.findElement(By.id("nodes")).getText()).contains("(этот)");

        // a segment split in two by this node, then merged back with its sibling
        By segments = By.cssSelector("tr[data-projection=organization-directory] td.segments > div");
        int before = browser.findElements(segments).size();
        clickAndAwaitNextPage(waitFor(By.id("split-organization-directory-0")));
        assertThat(waitFor(By.id("notice")).getText()).contains("сегмент", "organization-directory");
        reloadUntil(driver -> driver.findElements(segments).size() == before + 1);
        screenshot("projections-split");
        clickAndAwaitNextPage(waitFor(By.id("merge-organization-directory-" + before)));
        reloadUntil(driver -> driver.findElements(segments).size() == before);
    }

    private void readTheRebuiltDirectory() {
        open("/ui/organizations?region=" + URLEncoder.encode(REGION, StandardCharsets.UTF_8));
        // the directory read back from the events: both schools of the region again
        reloadUntil(driver -> driver.findElements(By.cssSelector("#organizations tbody tr")).size() == 2);
    }

    /** The data rows of a downloaded CSV, its header left out. */
    private static List<String> csvRows(HttpResponse<byte[]> csv) {
        return new String(csv.body(), StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    /** Fetches a link's target as the signed-in browser would, with its session cookie. */

    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
