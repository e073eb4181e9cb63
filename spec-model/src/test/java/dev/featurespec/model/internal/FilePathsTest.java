package dev.featurespec.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilePathsTest {
    private static List<String> paths(String text) {
        return FilePaths.of(List.of(text));
    }

    @Test
    void barePathsNeedASlashAndAnExtension() {
        assertThat(paths("Create User model in src/models/user.py and backend/app/config.py."))
                .containsExactly("src/models/user.py", "backend/app/config.py");
        assertThat(paths("Update README.md and Node.js docs in lib/src/ and tests/performance"))
                .isEmpty();
    }

    @Test
    void codeSpansMayNameAFileWithoutASlash() {
        assertThat(paths("Refresh `README.md`, `.env.example`, `.gitignore` and `pubspec.yaml`"))
                .containsExactly("README.md", ".env.example", ".gitignore", "pubspec.yaml");
        assertThat(paths("Call `tool_input.plan`, `.cpp` and `v1.2.0`")).isEmpty();
    }

    @Test
    void urlsCommandsAndGlobsAreNotFiles() {
        assertThat(paths("Fetch `https://registry.npmjs.org/wave-code/latest` and https://example.com/a/b.html"))
                .isEmpty();
        assertThat(paths("Run `/status`, prune `specs/002-*` and `go test ./adapters/...`"))
                .isEmpty();
    }

    @Test
    void eachPathOnceInOrderAsWritten() {
        assertThat(paths("Edit `./src/a.ts`, then src/b.ts:42, then `./src/a.ts` again"))
                .containsExactly("./src/a.ts", "src/b.ts");
        assertThat(FilePaths.normalised("./src/a.ts")).isEqualTo("src/a.ts");
        assertThat(FilePaths.normalised("/src\\a.ts")).isEqualTo("src/a.ts");
    }

    @Test
    void pathsGluedToOtherScriptsAreFound() {
        assertThat(paths("实现商品面板的编辑模式 in frontend/src/components/product/ProductEditMode.tsx"))
                .containsExactly("frontend/src/components/product/ProductEditMode.tsx");
    }
}
