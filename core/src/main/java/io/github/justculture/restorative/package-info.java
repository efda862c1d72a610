/**
 * Restorative just culture: a case asks who is hurt, what they need and whose obligation it is to
 * meet that need, and assesses four goals (moral engagement, emotional healing, practitioner
 * reintegration, organisational learning).
 *
 * <p>Sources: S. Dekker, Restorative Just Culture Checklist; Dekker, Oates &amp; Rafferty (eds),
 * <i>Restorative Just Culture in Practice</i> (2022); Mersey Care and South Tees programme
 * objectives; NHS Resolution, <i>Being fair</i> (2019); A. Edmondson, "Psychological safety and
 * learning behavior in work teams", Administrative Science Quarterly 44(2) (1999).
 */
@NullMarked
package io.github.justculture.restorative;

import org.jspecify.annotations.NullMarked;
