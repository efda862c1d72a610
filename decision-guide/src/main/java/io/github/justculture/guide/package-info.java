/**
 * The just culture decision guide as data, and an exact engine for it.
 *
 * <p>A {@link io.github.justculture.guide.GuideDefinition} (the NHS 2018 guide, Reason's 1997
 * culpability tree, or a trust's own, loaded from JSON) compiles to a {@link
 * io.github.justculture.guide.Guide}; evaluating answers gives a {@link
 * io.github.justculture.guide.GuideResult}: the outcome when every way of completing the unknown
 * and missing answers leads to it, otherwise the possible outcomes and the next question to ask.
 * {@link io.github.justculture.guide.EvaluationRecord} keeps one evaluation for audit, with the
 * definition's content hash.
 *
 * <p>Sources: NHS Improvement, <i>A just culture guide</i> (2018, Open Government Licence v3.0); J.
 * Reason, <i>Managing the Risks of Organizational Accidents</i> (1997). Question and outcome texts
 * are our own paraphrases.
 */
@NullMarked
package io.github.justculture.guide;

import org.jspecify.annotations.NullMarked;
