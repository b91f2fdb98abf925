package ru.mentoring.app.ui;

/**
 * A page names something the system has never stored (a program id that no program has): the UI answers with
 * its «not found» page.
 */
public class UnknownSubject extends RuntimeException {

    public UnknownSubject(String what) {
        super(what);
    }
}
