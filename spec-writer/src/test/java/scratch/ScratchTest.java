package scratch;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void refusals() throws Exception {
        var files = new ArrayList<Path>();
        for (String d : List.of("speckit", "speckit-revisions")) {
            try (var s = Files.list(Path.of("/work/shared/corpus", d))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        try (var s = Files.list(Path.of("/work/shared/corpus/speckit-folders"))) {
            s.filter(Files::isDirectory).sorted().forEach(p -> files.add(p.resolve("spec.md")));
        }
        int n = 0;
        for (Path f : files) {
            String src = Files.readString(f);
            FeatureSpec a = MarkdownSpecParser.create().parse(src).spec();
            String md = MarkdownSpecWriter.create().write(a);
            FeatureSpec b = MarkdownSpecParser.create().parse(md).spec();
            if (!a.equals(b)) {
                n++;
                String sa = a.toString(), sb = b.toString();
                int i = 0;
                while (i < Math.min(sa.length(), sb.length()) && sa.charAt(i) == sb.charAt(i)) i++;
                System.out.println("== " + f.getFileName() + "\n  A: "
                        + sa.substring(Math.max(0, i - 150), Math.min(sa.length(), i + 150))
                                .replace("\n", "\\n") + "\n  B: "
                        + sb.substring(Math.max(0, i - 150), Math.min(sb.length(), i + 150))
                                .replace("\n", "\\n"));
            }
        }
        System.out.println("REFUSALS " + n + " of " + files.size());
    }
}
