/** Implementation details of justculture core; not exported, may change without notice. */
@NullMarked
package io.github.justculture.core.internal;

import org.jspecify.annotations.NullMarked;
