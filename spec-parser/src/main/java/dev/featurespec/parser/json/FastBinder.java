package dev.featurespec.parser.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.featurespec.model.FeatureSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * The fast path for JSON documents without problems: binds straight from the streaming parser into the
 * model, with no tree, no {@link TreeCheck} and no source map (the reader makes that lazily). It
 * refuses, by returning null, every document on which the checked path ({@link TreeBuilder}, {@link
 * TreeCheck}, tree binding) would report anything or change a value: unknown properties, duplicate keys,
 * trailing content, a {@code null} where the checked path reports one, any coercion (a number where a string goes, a float or string
 * where an integer goes, a number for an enum, an empty string for a non-string), a missing required
 * property ({@link Shapes#required}), a {@code formatVersion} other than the integer 1, values the model
 * refuses, and everything over the parser's limits. The reader then takes the checked path, which
 * reports it. For every document the fast path accepts, both paths give the same result; {@code
 * FastPathEquivalenceTest} checks that on every test document and on seeded mutations of them.
 * Immutable and thread-safe.
 */
final class FastBinder {
    private final ObjectReader reader;

    FastBinder(StreamReadConstraints constraints) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule module = new SimpleModule("featurespec-fast-path");
        module.setValueInstantiators(new DirectInstantiators());
        JsonMapper mapper = JsonMapper.builder(factory)
                .annotationIntrospector(new RequiredMarkers())
                .addMixIn(FeatureSpec.class, CheckedFormatVersion.class)
                .addHandler(new FormatVersionCheck())
                .addModule(module)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // a null element or map value is an error on the checked path; a null optional property
                // reads as absent on both paths, a null required one is refused (RequiredMarkers)
                .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .withCoercionConfigDefaults(c -> {
                    c.setAcceptBlankAsEmpty(false);
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        c.setCoercion(shape, CoercionAction.Fail);
                    }
                })
                .build();
        this.reader = mapper.readerFor(FeatureSpec.class);
    }

    /** The spec, or null when the document needs the checked path. */
    FeatureSpec read(String text) {
        try {
            return reader.readValue(text);
        } catch (RuntimeException e) {
            // JacksonException included: any problem sends the document down the checked path
            return null;
        }
    }

    /**
     * Makes {@code formatVersion} an unknown property of {@link FeatureSpec} (the model ignores it on
     * input), so that {@link FormatVersionCheck} sees its value.
     */
    @JsonIgnoreProperties(allowGetters = true)
    private abstract static class CheckedFormatVersion {}

    /** Accepts {@code formatVersion} on the root when it is the integer 1; anything else is unknown. */
    private static final class FormatVersionCheck extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            return propertyName.equals("formatVersion")
                    && (beanOrClass == FeatureSpec.class || beanOrClass instanceof FeatureSpec)
                    && p.currentToken() == JsonToken.VALUE_NUMBER_INT
                    && p.getNumberType() == JsonParser.NumberType.INT
                    && p.getIntValue() == FeatureSpec.FORMAT_VERSION;
        }
    }

    /**
     * Marks the properties {@link Shapes} calls required, so that a missing or null one fails the
     * binding.
     */
    private static final class RequiredMarkers extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember m) {
            if (required(m)) {
                return Boolean.TRUE;
            }
            return super.hasRequiredMarker(config, m);
        }

        @Override
        public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated a) {
            if (a instanceof AnnotatedMember m && required(m)) {
                return JsonSetter.Value.forValueNulls(Nulls.FAIL);
            }
            return super.findSetterInfo(config, a);
        }

        private static boolean required(AnnotatedMember m) {
            Class<?> owner = m.getDeclaringClass();
            String name = null;
            if (m instanceof AnnotatedParameter p) {
                if (owner.isRecord() && p.getOwner() instanceof AnnotatedConstructor) {
                    RecordComponent[] components = owner.getRecordComponents();
                    if (p.getIndex() < components.length) {
                        name = components[p.getIndex()].getName();
                    }
                }
            } else {
                name = m.getName();
            }
            return name != null && Shapes.required(owner, name);
        }
    }

    /**
     * Calls the model's record constructors with {@link Constructor#newInstance}: Jackson 3 calls them
     * through {@code MethodHandle.invokeWithArguments}, which builds a spreader on every call and was a
     * fifth of the binding time.
     */
    private static final class DirectInstantiators extends SimpleValueInstantiators {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueInstantiator modifyValueInstantiator(
                DeserializationConfig config, BeanDescription.Supplier beanDesc, ValueInstantiator instantiator) {
            if (instantiator.getClass() == StdValueInstantiator.class
                    && instantiator.getWithArgsCreator() instanceof AnnotatedConstructor c
                    && c.getDeclaringClass().isRecord()
                    && c.getDeclaringClass().getPackageName().equals(FeatureSpec.class.getPackageName())) {
                return new DirectInstantiator((StdValueInstantiator) instantiator, c.getAnnotated());
            }
            return instantiator;
        }
    }

    private static final class DirectInstantiator extends StdValueInstantiator {
        private static final long serialVersionUID = 1L;
        private final transient Constructor<?> constructor;

        DirectInstantiator(StdValueInstantiator base, Constructor<?> constructor) {
            super(base);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
