package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code featurespec-bom} manages every module the build publishes, at the build's version, and nothing
 * else: a module added to the reactor without its block in the BOM fails here.
 */
class BomTest {
    private static final Path ROOT = Path.of("pom.xml");
    private static final Path BOM = Path.of("featurespec-bom", "pom.xml");

    @Test
    void managesEveryPublishedModuleOfTheReactor() throws Exception {
        List<String> published = new ArrayList<>();
        for (String module : children(read(ROOT).getDocumentElement(), "modules", "module")) {
            Element pom = read(Path.of(module, "pom.xml")).getDocumentElement();
            String packaging = text(pom, "packaging");
            boolean skipped = "true".equals(text(child(pom, "properties"), "maven.deploy.skip"));
            if (!"pom".equals(packaging) && !skipped) {
                published.add(text(pom, "artifactId"));
            }
        }

        assertThat(published).contains("spec-model", "spec-parser", "spec-writer", "spec-cli");
        assertThat(managed()).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void isItsOwnProjectAtTheBuildsVersion() throws Exception {
        Element bom = read(BOM).getDocumentElement();
        Element parent = read(ROOT).getDocumentElement();

        assertThat(child(bom, "parent"))
                .as("an imported BOM must not bring a parent's management")
                .isNull();
        assertThat(text(bom, "groupId")).isEqualTo("dev.featurespec");
        assertThat(text(bom, "artifactId")).isEqualTo("featurespec-bom");
        assertThat(text(bom, "packaging")).isEqualTo("pom");
        assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    }

    @Test
    void managesOnlyFeaturespecsOwnArtifactsAtItsOwnVersion() throws Exception {
        Element management = child(read(BOM).getDocumentElement(), "dependencyManagement");
        NodeList dependencies = child(management, "dependencies").getElementsByTagName("dependency");

        assertThat(dependencies.getLength()).isPositive();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertThat(text(d, "groupId")).isEqualTo("dev.featurespec");
            assertThat(text(d, "version")).isEqualTo("${project.version}");
        }
    }

    private static List<String> managed() throws Exception {
        Element management = child(read(BOM).getDocumentElement(), "dependencyManagement");
        return artifactIds(child(management, "dependencies"));
    }

    private static List<String> artifactIds(Element dependencies) {
        List<String> ids = new ArrayList<>();
        NodeList list = dependencies.getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(text((Element) list.item(i), "artifactId"));
        }
        return ids;
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The direct child element {@code name} of {@code parent}, or null. */
    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The text of the direct child element {@code name}, or null. */
    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    /** The texts of the {@code item} elements under the direct child {@code list}. */
    private static List<String> children(Element parent, String list, String item) {
        Element container = child(parent, list);
        List<String> out = new ArrayList<>();
        if (container == null) {
            return out;
        }
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(item)) {
                out.add(e.getTextContent().strip());
            }
        }
        return out;
    }
}
