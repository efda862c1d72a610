/**
 * The formal-action gate HR systems call before formal action against a member of staff: a proposal
 * with the records that justify it goes in; each item comes out MET, UNMET (with the reason) or
 * NOT_APPLICABLE, and the gate passes only when no item is unmet.
 *
 * <p>Sources: NHS Improvement, letter to trust chairs and chief executives after the death of Amin
 * Abdullah (24 May 2019) and the follow-up of December 2020; NHS Resolution, <i>Being fair</i>
 * (2019); trusts' pre-formal checklists; S. Dekker's fairness questions; {@code
 * docs/domain/gate-and-equality.md} §1–2.
 */
@NullMarked
package io.github.justculture.gate;

import org.jspecify.annotations.NullMarked;
