package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import jakarta.validation.Validation;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * How {@link SpecValidator#create()} finds its provider. A library logs nothing on start: validating in
 * a fresh JVM (where Hibernate Validator loads for the first time, logging through {@code
 * java.util.logging}) prints nothing on stderr and leaves the logger's level as it was. Without a
 * provider, every call says what to add.
 */
class ProviderBootstrapTest {
    /** Run in a child JVM: validates with featurespec's validator, or with a plain provider bootstrap. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("plain")) {
            Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(SpecValidator.messageInterpolator())
                    .buildValidatorFactory()
                    .getValidator();
            return;
        }
        FeatureSpec spec = FeatureSpec.builder("Checkout")
                .addFunctionalRequirement(Requirement.of("FR-1", "System emails a receipt."))
                .build();
        System.out.println(SpecValidator.create().validate(spec).size() + " diagnostics");
        System.out.println("level "
                + Logger.getLogger("org.hibernate.validator.internal.util.Version")
                        .getLevel());
    }

    private static List<String> run(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(
                java.toString(), "-cp", System.getProperty("java.class.path"), ProviderBootstrapTest.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return List.of(out, err);
    }

    @Test
    void validatingPrintsNothingOnStderrAndRestoresTheLoggerLevel() throws Exception {
        List<String> outErr = run();

        assertThat(outErr.get(1)).isEmpty();
        assertThat(outErr.get(0).lines()).containsExactly("2 diagnostics", "level null");
    }

    @Test
    void withoutAProviderEveryCallSaysWhatToAdd() throws Exception {
        URL[] modelOnly = {location(SpecValidator.class), location(Validation.class), location(JsonInclude.class)};
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(modelOnly, ClassLoader.getPlatformClassLoader())) {
            // Bean Validation looks for providers through the context class loader
            thread.setContextClassLoader(isolated);
            Class<?> specType = isolated.loadClass(FeatureSpec.class.getName());
            Object builder = specType.getMethod("builder", String.class).invoke(null, "x");
            Object spec = builder.getClass().getMethod("build").invoke(builder);
            Class<?> validatorType = isolated.loadClass(SpecValidator.class.getName());
            Object validator = validatorType.getMethod("create").invoke(null);
            Method validate = validatorType.getMethod("validate", specType);

            for (int call = 0; call < 2; call++) {
                assertThatThrownBy(() -> validate.invoke(validator, spec))
                        .isInstanceOf(InvocationTargetException.class)
                        .cause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage(
                                "No Bean Validation provider could be started; add one to the class path, "
                                        + "e.g. org.hibernate.validator:hibernate-validator, or use SpecValidator.using(validator)")
                        .cause()
                        .satisfies(c -> assertThat(c.getClass().getName())
                                .isEqualTo("jakarta.validation.NoProviderFoundException"));
            }
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void aPlainBootstrapWouldAnnounceItself() throws Exception {
        // the control: without featurespec's bootstrap the provider logs its version at INFO
        assertThat(run("plain").get(1)).contains("HV000001");
    }
}
