package dev.featurespec.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Prints {@code NAME BYTES} for each input name given (the UTF-8 size of the text the benchmarks
 * parse), so run.sh can turn times into time per byte.
 */
public final class InputSizes {
    private InputSizes() {}

    public static void main(String[] args) {
        for (String name : args) {
            System.out.println(name + " " + Inputs.named(name).getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
