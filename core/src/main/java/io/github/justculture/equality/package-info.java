/**
 * Disproportionality metrics: the relative likelihood of an event (entering a formal disciplinary
 * process, say) for a focus group compared with a reference group, with its 95% interval and
 * classification against the non-adverse range 0.80–1.25; and WRES indicator 3 computed from
 * person-level records.
 *
 * <p>Sources: NHS England, Workforce Race Equality Standard technical guidance; NHS England, <i>A
 * fair experience for all</i> (2019); {@code docs/domain/gate-and-equality.md} §3.
 */
@NullMarked
package io.github.justculture.equality;

import org.jspecify.annotations.NullMarked;
