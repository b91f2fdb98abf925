package ru.mentoring.app.security.access;

import java.util.List;

/**
 * Why a list request lies outside the identity's scope, told as "not found" tells it: the region, municipality or
 * organization asked for, and the names of the caller's own territory as the closest ones they may ask for — so a
 * typo in a region's name is answered with what was not found rather than a bare «Не найдено», and nothing of
 * another territory is revealed.
 *
 * @param code    the problem's stable code: {@code region.not-found}, {@code municipality.not-found} or
 *                {@code organization.not-found}
 * @param detail  the Russian sentence
 * @param name    what was asked for
 * @param closest the caller's own territory's names that the request could have meant
 */
record ScopeMiss(String code, String detail, String name, List<String> closest) {
}
