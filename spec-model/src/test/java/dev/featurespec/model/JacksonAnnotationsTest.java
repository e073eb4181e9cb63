package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model uses only Jackson annotations that every {@code jackson-annotations} since 2.9 has, so
 * applications whose dependency management pins an older line than featurespec's (Spring Boot 3.0 pins
 * 2.14, 3.1 2.15, 3.3 2.17) read the same annotations; {@code it-jackson217} runs the library on 2.17.
 * A new annotation here must exist in 2.15 and be added to the list with the release that brought it.
 */
class JacksonAnnotationsTest {
    /** The annotations the model may use, with the jackson-annotations release that brought each. */
    private static final Set<String> ALLOWED = Set.of(
            "JsonCreator", // 2.0
            "JsonIgnore", // 2.0
            "JsonIgnoreProperties", // 2.0; allowGetters since 2.6
            "JsonInclude", // 2.0; Include.CUSTOM and valueFilter since 2.9
            "JsonProperty", // 2.0
            "JsonPropertyOrder", // 2.0
            "JsonValue"); // 2.0

    @Test
    void theModelUsesOnlyAnnotationsThatJacksonAnnotations215Has() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Class<?> type : modelClasses()) {
            for (AnnotatedElement element : elements(type)) {
                for (Annotation a : element.getDeclaredAnnotations()) {
                    if (a.annotationType().getPackageName().equals("com.fasterxml.jackson.annotation")) {
                        used.add(a.annotationType().getSimpleName());
                    }
                }
            }
        }
        assertThat(used).isNotEmpty().isSubsetOf(ALLOWED);
    }

    private static List<AnnotatedElement> elements(Class<?> type) {
        List<AnnotatedElement> all = new ArrayList<>(List.of(type));
        all.addAll(List.of(type.getDeclaredFields()));
        all.addAll(List.of(type.getDeclaredMethods()));
        all.addAll(List.of(type.getDeclaredConstructors()));
        for (Executable e : type.getDeclaredConstructors()) {
            all.addAll(List.of(e.getParameters()));
        }
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                all.add(rc);
            }
        }
        return all;
    }

    /** Every class compiled into spec-model. */
    private static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(FeatureSpec.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name =
                        root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (!name.equals("module-info") && !name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, FeatureSpec.class.getClassLoader()));
                }
            }
        }
        assertThat(classes).hasSizeGreaterThan(30);
        return classes;
    }
}
