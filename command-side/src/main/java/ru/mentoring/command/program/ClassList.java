package ru.mentoring.command.program;

import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.command.common.table.Table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A class list as staff keep it in Excel — one participant a row, the columns of {@link #COLUMNS} (the template
 * file has them), the first row naming them — read into the rows of a base, every bad row with its line and why.
 * Who signs a consent follows from the age: a participant younger than the region's guardian age has it signed by
 * the legal representative the row names.
 */
public final class ClassList {

    /** The most participants one list takes. */
    public static final int MAX_ROWS = 5000;

    /** The columns, in order, as the first row names them. */
    public static final List<String> COLUMNS = List.of("Фамилия", "Имя", "Отчество", "Дата рождения", "Категория",
            "Класс или должность", "Стаж, лет", "Электронная почта", "Телефон", "Законный представитель",
            "Согласие", "Дата согласия", "Запрос или компетенции", "Число наставляемых", "Предприятие");

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, MenteeCategory> MENTEE_CATEGORIES = Map.of(
            "обучающийся", MenteeCategory.STUDENT, "студент", MenteeCategory.COLLEGE_STUDENT,
            "педагог", MenteeCategory.TEACHER, "молодой специалист", MenteeCategory.YOUNG_SPECIALIST,
            "новый педагог", MenteeCategory.NEW_TEACHER,
            "педагог без педагогического образования", MenteeCategory.TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION);
    private static final Map<String, MentorCategory> MENTOR_CATEGORIES = Map.of(
            "обучающийся", MentorCategory.STUDENT, "студент", MentorCategory.COLLEGE_STUDENT,
            "педагог", MentorCategory.TEACHER, "представитель работодателя", MentorCategory.EMPLOYER_REPRESENTATIVE,
            "выпускник", MentorCategory.GRADUATE, "руководитель", MentorCategory.HEAD,
            "педагог вуза или колледжа", MentorCategory.UNIVERSITY_TEACHER);

    /** Which base a list fills. */
    public enum Base {
        MENTEES, MENTORS
    }

    /**
     * One participant of the list: the line, the register's fields, the category (a {@link MenteeCategory} or
     * {@link MentorCategory} name), age at the import, what the base keeps, and the consent's date or none.
     */
    public record Entry(int line, String lastName, String firstName, String middleName, LocalDate birthDate,
                        String category, int age, String grade, Integer experienceYears, String email, String phone,
                        String guardian, LocalDate consentDate, String text, int capacity, String enterprise) {

        /** The name as the list writes it. */
        public String fullName() {
            return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
        }
    }

    /** A row that cannot be imported: its line and why. */
    public record Rejection(int line, String reason) {
    }

    /** The participants read, in order, and the rows rejected. */
    public record Result(List<Entry> entries, List<Rejection> rejections) {
    }

    private ClassList() {
    }

    /**
     * Reads the table for a base, as of {@code today}; {@code guardianAge}: a participant younger than this needs a
     * legal representative's consent.
     */
    public static Result read(Table table, Base base, LocalDate today, GuardianConsentAge guardianAge) {
        if (table.refused()) {
            return new Result(List.of(), List.of(new Rejection(table.problemLine(), table.problem())));
        }
        List<Rejection> rejections = new ArrayList<>();
        if (table.rows().isEmpty() || !isHeader(table.rows().get(0))) {
            rejections.add(new Rejection(1, "первая строка должна называть столбцы: " + String.join("; ", COLUMNS)));
            return new Result(List.of(), rejections);
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> people = new HashMap<>();
        for (Table.Row row : table.rows().subList(1, table.rows().size())) {
            if (row.blank()) {
                continue;
            }
            try {
                Entry entry = entry(row, base, today, guardianAge);
                String key = (entry.fullName() + "|" + entry.birthDate()).toLowerCase(RUSSIAN).replace('ё', 'е');
                Integer earlier = people.putIfAbsent(key, row.line());
                if (earlier != null) {
                    throw new Refused("тот же человек, что в строке " + earlier);
                }
                entries.add(entry);
            } catch (Refused refused) {
                rejections.add(new Rejection(row.line(), refused.getMessage()));
            }
        }
        if (entries.isEmpty() && rejections.isEmpty()) {
            rejections.add(new Rejection(2, "в файле нет ни одного участника"));
        }
        return new Result(entries, rejections);
    }

    private static Entry entry(Table.Row row, Base base, LocalDate today, GuardianConsentAge guardianAge) {
        if (row.cells().size() > COLUMNS.size()) {
            throw new Refused("ожидалось не больше " + COLUMNS.size() + " столбцов, а в строке " + row.cells().size());
        }
        String lastName = required(row, 0, 100);
        String firstName = required(row, 1, 100);
        String middleName = optional(row, 2, 100);
        LocalDate birthDate = date(row, 3).orElseThrow(() -> new Refused("не указана дата рождения"));
        if (!birthDate.isBefore(today)) {
            throw new Refused("дата рождения " + DOTTED.format(birthDate) + " не в прошлом");
        }
        int age = (int) ChronoUnit.YEARS.between(birthDate, today);
        String category = category(row.cell(4), base);
        boolean pupil = category.equals("STUDENT") || category.equals("COLLEGE_STUDENT");
        if (age < (base == Base.MENTEES ? 5 : 10) || age > 99) {
            throw new Refused("возраст " + age + " — вне допустимого для " + (base == Base.MENTEES
                    ? "наставляемого (от 5 до 99 лет)" : "наставника (от 10 до 99 лет)"));
        }
        String grade = optional(row, 5, 300);
        if (pupil && grade != null && grade.length() > 10) {
            throw new Refused("класс «" + grade + "» длиннее 10 знаков");
        }
        Integer experience = number(row, 6, 0, 60, "стаж");
        if (base == Base.MENTEES && !pupil && experience == null) {
            throw new Refused("для педагога укажите стаж, лет");
        }
        if (category.equals("YOUNG_SPECIALIST") && experience != null
                && experience > ParticipantRules.YOUNG_SPECIALIST_MAX_YEARS) {
            throw new Refused("молодой специалист — педагог со стажем от 0 до 3 лет, указано " + experience);
        }
        String email = optional(row, 7, 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new Refused("адрес электронной почты «" + email + "» записан неверно");
        }
        String phone = optional(row, 8, 50);
        String guardian = optional(row, 9, 300);
        boolean consent = consent(row.cell(10));
        LocalDate consentDate = date(row, 11).orElse(null);
        if (consent && consentDate == null) {
            throw new Refused("согласие дано, но не указана его дата");
        }
        if (consentDate != null && consentDate.isAfter(today)) {
            throw new Refused("дата согласия " + DOTTED.format(consentDate) + " ещё не наступила");
        }
        if (!consent) {
            consentDate = null;
        }
        if (consent && guardianAge.needsRepresentative(age) && guardian == null) {
            throw new Refused("участнику " + age + " лет: согласие даёт законный представитель — укажите его");
        }
        String text = required(row, 12, 500, base == Base.MENTEES ? "запрос наставляемого" : "компетенции наставника");
        Integer capacity = number(row, 13, 1, 20, "число наставляемых");
        String enterprise = optional(row, 14, 300);
        if (category.equals("EMPLOYER_REPRESENTATIVE") && enterprise == null) {
            throw new Refused("для представителя работодателя укажите предприятие");
        }
        return new Entry(row.line(), lastName, firstName, middleName, birthDate, category, age,
                pupil ? grade : null, experience, email, phone, guardian, consentDate, text,
                capacity == null ? 1 : capacity, enterprise);
    }

    private static boolean isHeader(Table.Row row) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (!row.cell(i).strip().toLowerCase(RUSSIAN).startsWith(COLUMNS.get(i).toLowerCase(RUSSIAN))) {
                return false;
            }
        }
        return true;
    }

    private static String category(String cell, Base base) {
        String text = cell.strip().toLowerCase(RUSSIAN).replace('ё', 'е');
        Optional<String> found = base == Base.MENTEES
                ? Optional.ofNullable(MENTEE_CATEGORIES.get(text)).map(Enum::name)
                : Optional.ofNullable(MENTOR_CATEGORIES.get(text)).map(Enum::name);
        if (found.isPresent()) {
            return found.get();
        }
        String name = cell.strip().toUpperCase(Locale.ROOT);
        try {
            return base == Base.MENTEES ? MenteeCategory.valueOf(name).name() : MentorCategory.valueOf(name).name();
        } catch (IllegalArgumentException e) {
            throw new Refused("категория «" + cell.strip() + "» не из списка: " + String.join(", ",
                    (base == Base.MENTEES ? MENTEE_CATEGORIES : MENTOR_CATEGORIES).keySet().stream().sorted()
                            .toList()));
        }
    }

    private static boolean consent(String cell) {
        String text = cell.strip().toLowerCase(RUSSIAN);
        if (text.isEmpty() || text.equals("нет") || text.equals("no") || text.equals("-") || text.equals("0")) {
            return false;
        }
        if (text.equals("да") || text.equals("yes") || text.equals("+") || text.equals("1") || text.equals("есть")) {
            return true;
        }
        throw new Refused("в столбце «Согласие» — «" + cell.strip() + "»: напишите «да» или «нет»");
    }

    private static Optional<LocalDate> date(Table.Row row, int column) {
        String text = row.cell(column).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new Refused("«" + COLUMNS.get(column) + "»: дата «" + text + "» не распознана, пишите 31.12.2010");
        }
    }

    private static Integer number(Table.Row row, int column, int min, int max, String what) {
        String text = row.cell(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new Refused(what + " — от " + min + " до " + max + ", указано " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Refused(what + " — целое число, указано «" + text + "»");
        }
    }

    private static String required(Table.Row row, int column, int max) {
        return required(row, column, max, "«" + COLUMNS.get(column) + "»");
    }

    private static String required(Table.Row row, int column, int max, String what) {
        String value = optional(row, column, max);
        if (value == null) {
            throw new Refused("не указано: " + what);
        }
        return value;
    }

    private static String optional(Table.Row row, int column, int max) {
        String value = row.cell(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new Refused("«" + COLUMNS.get(column) + "» длиннее " + max + " знаков");
        }
        return value;
    }

    /** Why a row is rejected. */
    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
