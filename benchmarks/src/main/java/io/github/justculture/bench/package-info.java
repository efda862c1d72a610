/** JMH benchmarks of justculture and the engines users would pick instead. */
package io.github.justculture.bench;
