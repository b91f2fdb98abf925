package ru.mentoring.app.ui.audit;

/**
 * What the start page's form was filled in with: the kind of object and its identifier, kept as typed so that a
 * refused form shows it again.
 */
public class AuditTarget {

    private String kind = AuditKind.PROGRAMS.getPath();
    private String id;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
