package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.spi.ConfigurationState;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's traversable-resolver cache stays off: it held every node of the spec for the
 * whole validation (out of memory at {@code -Xmx256m} on 200,000 requirements; spec-cli's
 * {@code HeapLimitTest} runs that case in a JVM of that size).
 */
class ResolverCacheTest {
    @Test
    void hibernateValidatorIsToldToLeaveOutTheCache() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();

        SpecValidator.withoutResolverCache(configuration);

        assertThat(((ConfigurationState) configuration).getProperties())
                .containsEntry("hibernate.validator.enable_traversable_resolver_result_cache", "false");
    }

    @Test
    void anotherProvidersConfigurationIsLeftAlone() {
        List<String> calls = new ArrayList<>();
        Configuration<?> other = (Configuration<?>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Configuration.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return proxy;
                });

        assertThat(SpecValidator.withoutResolverCache(other)).isSameAs(other);
        assertThat(calls).isEmpty();
    }

    @Test
    void everyViolationOfALargeSpecIsStillReported() {
        FeatureSpec.Builder b = FeatureSpec.builder("Many requirements");
        for (int i = 1; i <= 5_000; i++) {
            b.addFunctionalRequirement(Requirement.of("FR-" + i, "System MUST do " + i + "."));
        }

        List<Diagnostic> diagnostics = SpecValidator.create().validate(b.build());

        // FR-1 … FR-99 and FR-1000 … FR-5000 are not canonical (three digits); FR-100 … FR-999 are
        assertThat(diagnostics.stream().filter(d -> d.rule() == Rule.REQUIREMENT_ID_NONCANONICAL))
                .hasSize(99 + 4_001);
        assertThat(diagnostics.stream().filter(d -> d.rule() == Rule.REQUIREMENT_ID_NONCANONICAL))
                .extracting(Diagnostic::pointer)
                .doesNotHaveDuplicates()
                .contains("/functionalRequirements/0/id", "/functionalRequirements/4999/id");
    }
}
