/**
 * The NHS Civility and Respect framework as data: four themes (data and analysis; policy and
 * process; staff and support; just and restorative culture), elements within them, and a maturity
 * scale; and organisations' self-assessments against it, scored per theme with the weakest element
 * named.
 *
 * <p>The four themes are from NHS England's <i>Supporting our staff: a toolkit to promote cultures
 * of civility and respect</i> (2021). The elements and the scale could not be read from public
 * sources: the built-in ones are defined by justculture and labelled so; an organisation can load
 * its own from JSON.
 */
@NullMarked
package io.github.justculture.civility;

import org.jspecify.annotations.NullMarked;
