/**
 * JMH benchmarks of featurespec's readers and writers against bare commonmark-java and Jackson's
 * {@code JsonNode}, plus a retained-heap harness. Not API: built only with {@code -Pbenchmarks} and run
 * with {@code benchmarks/run.sh}.
 */
package dev.featurespec.benchmarks;
