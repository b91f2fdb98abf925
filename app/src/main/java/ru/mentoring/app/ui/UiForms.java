package ru.mentoring.app.ui;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the admin UI's forms read what was typed: surrounding spaces dropped and an empty field as no value, so
 * that an optional field left blank reaches the command as absent and a required one is reported as missing.
 */
@ControllerAdvice(basePackageClasses = UiForms.class)
class UiForms {

    @InitBinder
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
