package ru.mentoring.api.program;

/**
 * The documents a program rests on (seed 000 stage 2, seed 001 item 1, seed 004 municipal items 1–3).
 */
public enum ProgramDocumentKind {
    /** Приказ о внедрении целевой модели наставничества. */
    IMPLEMENTATION_ORDER(true),
    /** Положение о программе наставничества. */
    PROGRAM_REGULATION(true),
    /** Приказ о назначении куратора. */
    CURATOR_APPOINTMENT_ORDER(true),
    /** Дорожная карта (приказ об утверждении). */
    ROAD_MAP_ORDER(false),
    /** Программа наставничества (текст программы). */
    MENTORING_PROGRAM(false),
    /** Другой документ. */
    OTHER(false);

    private final boolean requiredForPreparation;

    ProgramDocumentKind(boolean requiredForPreparation) {
        this.requiredForPreparation = requiredForPreparation;
    }

    /** Whether the preparation stage cannot end without this document. */
    public boolean requiredForPreparation() {
        return requiredForPreparation;
    }
}
