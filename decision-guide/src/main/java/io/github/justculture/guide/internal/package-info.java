/** Implementation details of the decision guide; not exported. */
@NullMarked
package io.github.justculture.guide.internal;

import org.jspecify.annotations.NullMarked;
