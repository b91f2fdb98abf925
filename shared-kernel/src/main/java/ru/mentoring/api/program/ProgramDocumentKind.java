package ru.mentoring.api.program;

/**
 * The documents a program rests on (seed 000 stage 2, seed 001 item 1, seed 004 municipal items 1–3).
 */
public enum ProgramDocumentKind {
    /** Приказ о внедрении целевой модели наставничества. */
    IMPLEMENTATION_ORDER(true, "приказ о внедрении целевой модели наставничества"),
    /** Положение о программе наставничества. */
    PROGRAM_REGULATION(true, "положение о программе наставничества"),
    /** Приказ о назначении куратора. */
    CURATOR_APPOINTMENT_ORDER(true, "приказ о назначении куратора"),
    /** Дорожная карта (приказ об утверждении). */
    ROAD_MAP_ORDER(false, "приказ об утверждении дорожной карты"),
    /** Программа наставничества (текст программы). */
    MENTORING_PROGRAM(false, "программа наставничества"),
    /** Другой документ. */
    OTHER(false, "иной документ");

    private final boolean requiredForPreparation;
    private final String title;

    ProgramDocumentKind(boolean requiredForPreparation, String title) {
        this.requiredForPreparation = requiredForPreparation;
        this.title = title;
    }

    /** The document's name in Russian, as the source documents call it. */
    public String title() {
        return title;
    }

    /** Whether the preparation stage cannot end without this document. */
    public boolean requiredForPreparation() {
        return requiredForPreparation;
    }
}
