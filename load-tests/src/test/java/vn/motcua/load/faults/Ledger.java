package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a simulation wrote down as answered: one CSV line per acknowledged operation. The suite keys every line by the
 * dossier code it names (the one column every ledger of this module has).
 */
final class Ledger {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9.]+-\\d{6}-\\d{4}");

    private Ledger() {
    }

    /** The dossier codes of the lines whose first column is {@code kind} (any kind when null), each once. */
    static Set<String> codes(Path ledger, String kind) {
        if (!Files.exists(ledger)) {
            return Set.of();
        }
        try {
            List<String> lines = Files.readAllLines(ledger);
            Set<String> codes = new LinkedHashSet<>();
            for (String line : lines) {
                String[] fields = line.split(",");
                if (kind != null && !fields[0].equals(kind)) {
                    continue;
                }
                for (String field : fields) {
                    if (CODE.matcher(field.trim()).matches()) {
                        codes.add(field.trim());
                    }
                }
            }
            return codes;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of lines whose first column is {@code kind}. */
    static long lines(Path ledger, String kind) {
        try {
            return Files.exists(ledger) ? Files.readAllLines(ledger).stream().filter(line -> line.startsWith(kind + ","))
                    .count() : 0;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
