package ru.mentoring.api.people;

/**
 * Why a person's data was erased: the grounds of Federal Law 152-FZ «О персональных данных» (article 21) for
 * destroying personal data. The register and the event keep the ground, never a free-text reason, so that the
 * erasure itself holds nothing about the person.
 */
public enum ErasureGround {
    CONSENT_WITHDRAWN("отзыв согласия на обработку персональных данных"),
    SUBJECT_REQUEST("требование субъекта персональных данных или его законного представителя"),
    PURPOSE_ACHIEVED("достижение цели обработки"),
    RETENTION_EXPIRED("истечение срока хранения"),
    UNLAWFUL_PROCESSING("выявление неправомерной обработки");

    private final String title;

    ErasureGround(String title) {
        this.title = title;
    }

    /** The ground as the law words it, in Russian. */
    public String title() {
        return title;
    }
}
