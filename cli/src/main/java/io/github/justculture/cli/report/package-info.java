/**
 * Self-contained HTML reports with SVG drawn by the library: one file each, no network, no scripts,
 * readable in greyscale and in print. Kept out of the published modules, so embedders do not pay
 * for it.
 */
@NullMarked
package io.github.justculture.cli.report;

import org.jspecify.annotations.NullMarked;
