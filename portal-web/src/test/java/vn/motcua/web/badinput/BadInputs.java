package vn.motcua.web.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus: named hostile or odd values, in one place. Text values go into every text-like field; the narrower lists
 * (numbers, dates, identity numbers, codes, ids, files) go where such a value is expected.
 */
final class BadInputs {

    /** A named value; {@code evaluatesTo} is what a template engine would make of it, if it were evaluated. */
    record BadInput(String name, String value, String evaluatesTo) {

        BadInput(String name, String value) {
            this(name, value, null);
        }

        /** Whether the value carries markup that must never reach a page unescaped. */
        boolean isMarkup() {
            return value.indexOf('<') >= 0 || value.indexOf('>') >= 0 || value.indexOf('"') >= 0;
        }

        /** Whether a page that shows the value back can be expected to show all of it (small enough, printable). */
        boolean isEchoable() {
            return value.length() <= 200 && !value.isBlank() && value.chars().noneMatch(c -> c < 0x20);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A named file as a client would send it; {@code acceptable} when its content is a PDF, JPEG or PNG within limits. */
    record BadFile(String name, String fileName, byte[] content, boolean acceptable) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String TEN_THOUSAND = "Đ".repeat(10_000);
    static final String ONE_MEGABYTE = "x".repeat(1024 * 1024);

    static final List<BadInput> TEXT = List.of(
            new BadInput("script tag", "<script>alert(1)</script>"),
            new BadInput("attribute break-out", "\"><img src=x onerror=alert(1)>"),
            new BadInput("mustache expression", "{{7*7}}", "49"),
            new BadInput("EL expression", "${7*7}", "49"),
            new BadInput("Thymeleaf inlined expression", "[[${7*7}]]", "49"),
            // products of nine digits: no timestamp or generated id in an answer can hold them by chance (a four-digit
            // product once matched the microseconds of a draft's updatedAt)
            new BadInput("Thymeleaf unescaped inline", "[(${7919*104729})]", "829348951"),
            new BadInput("Spring EL type reference", "${T(java.lang.Runtime).getRuntime().availableProcessors()*1000003}",
                    String.valueOf(Runtime.getRuntime().availableProcessors() * 1000003L)),
            new BadInput("Thymeleaf preprocessing", "__${7919*104729}__", "829348951"),
            new BadInput("SQL quote", "' OR '1'='1"),
            new BadInput("SQL comment and statement", "1'; DROP TABLE dossier; --"),
            new BadInput("percent-encoded NUL", "%00"),
            new BadInput("NUL character", "ab\u0000cd"),
            new BadInput("other control characters", "a\u0001\u0008\u001Bb"),
            new BadInput("CR LF header injection", "x\r\nSet-Cookie: pwned=1"),
            new BadInput("RTL override", "\u202Efdp.exe"),
            new BadInput("zero-width and BOM", "\u200B\uFEFFtên"),
            new BadInput("10,000 characters", TEN_THOUSAND),
            new BadInput("1 MB", ONE_MEGABYTE),
            new BadInput("empty", ""),
            new BadInput("whitespace only", " \t \u00A0 "),
            new BadInput("Vietnamese with combining marks", "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300"),
            new BadInput("emoji", "Hồ sơ 👨‍👩‍👧 ✅"),
            new BadInput("lone surrogate", "a\uD800b"),
            new BadInput("malformed date 2026-13-45", "2026-13-45"),
            new BadInput("malformed date 31/02/2026", "31/02/2026"),
            new BadInput("malformed date abc", "abc"),
            new BadInput("identity number of 11 digits", "07909000123"),
            new BadInput("identity number with letters", "07909000123A"),
            new BadInput("identity number with wrong century digit", "079990001234"),
            new BadInput("identity number with wrong birth year", "079085001234"),
            new BadInput("negative number", "-1"),
            new BadInput("huge number", "99999999999999999999999999"),
            new BadInput("number in exponent form", "1e308"),
            new BadInput("not a number", "NaN"),
            new BadInput("unknown enum value", "HACKED"),
            new BadInput("path traversal", "../../etc/passwd"),
            new BadInput("unknown procedure code", "9.999999"));

    static final List<BadInput> NUMBERS = List.of(
            new BadInput("negative", "-1"), new BadInput("zero", "0"), new BadInput("huge", "99999999999999999999"),
            new BadInput("int overflow", "2147483648"), new BadInput("exponent", "1e3"), new BadInput("decimal", "2.5"),
            new BadInput("not a number", "năm"), new BadInput("empty", ""), new BadInput("padded", " 3 "),
            new BadInput("NUL", "3\u0000"), new BadInput("script", "<script>alert(1)</script>"));

    static final List<BadInput> CODES = List.of(
            new BadInput("unknown procedure code", "9.999999"),
            new BadInput("SQL quote", "' OR '1'='1"),
            new BadInput("script tag", "<script>alert(1)</script>"),
            new BadInput("expression", "${7*7}"),
            new BadInput("mustache braces", "{{7*7}}"),
            new BadInput("path traversal", "..%2F..%2Fetc%2Fpasswd"),
            new BadInput("NUL", "2.000635\u0000"),
            new BadInput("percent NUL", "2.000635%00"),
            new BadInput("RTL override", "\u202E536000.2"),
            new BadInput("whitespace", " "),
            new BadInput("10,000 characters", "9".repeat(10_000)));

    static final List<BadInput> IDS = List.of(
            new BadInput("not a UUID", "not-a-uuid"),
            new BadInput("short UUID", "123e4567-e89b-12d3-a456"),
            new BadInput("UUID with a tail", "123e4567-e89b-12d3-a456-426614174000x"),
            new BadInput("unknown UUID", "123e4567-e89b-12d3-a456-426614174000"),
            new BadInput("number", "12345"),
            new BadInput("SQL quote", "' OR '1'='1"),
            new BadInput("script tag", "<script>alert(1)</script>"),
            new BadInput("expression", "${7*7}"),
            new BadInput("NUL", "\u0000"),
            new BadInput("encoded traversal", "..%2F..%2Fadmin"),
            new BadInput("10,000 characters", "a".repeat(10_000)));

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
    private static final byte[] EXE = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HTML = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ZIP = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0 };

    /** The files, for a service whose single-file limit is {@code maxBytes}. */
    static List<BadFile> files(long maxBytes) {
        List<BadFile> files = new ArrayList<>(List.of(
                new BadFile("path traversal name", "../../etc/passwd.pdf", PDF, true),
                new BadFile("Windows traversal name", "..\\..\\boot.ini.pdf", PDF, true),
                new BadFile("NUL in the name", "scan.pdf\u0000.exe", PDF, true),
                new BadFile("script in the name", "<script>alert(1)</script>.pdf", PDF, true),
                new BadFile("attribute break-out in the name", "\"><img src=x onerror=alert(1)>.pdf", PDF, true),
                new BadFile("expression in the name", "[[${7*191}]].pdf", PDF, true),
                new BadFile("RTL override in the name", "scan\u202Efdp.exe", PDF, true),
                new BadFile("CR LF in the name", "a\r\nContent-Type: text/html.pdf", PDF, true),
                new BadFile("10,000-character name", "n".repeat(10_000) + ".pdf", PDF, true),
                new BadFile("PNG behind a .pdf name", "scan.pdf", PNG, true),
                new BadFile("EXE behind a .pdf name", "scan.pdf", EXE, false),
                new BadFile("HTML behind a .pdf name", "<b>scan</b>.pdf", HTML, false),
                new BadFile("ZIP behind a .pdf name", "scan.pdf", ZIP, false),
                new BadFile("empty file", "empty.pdf", new byte[0], false)));
        byte[] oversize = new byte[(int) maxBytes + 1];
        System.arraycopy(PDF, 0, oversize, 0, PDF.length);
        files.add(new BadFile("oversize PDF", "big.pdf", oversize, false));
        return files;
    }

    /**
     * The values worth storing and showing again, on a dossier of their own each: the ones that only differ in how a
     * field parses them (dates, numbers, identity numbers, codes) are left to the refused paths.
     */
    static final List<BadInput> STORED = TEXT.stream().filter(i -> !i.name().startsWith("malformed date")
            && !i.name().startsWith("identity number") && !i.name().contains("number") && !i.name().startsWith("unknown")
            && !i.name().startsWith("SQL comment") && !i.name().equals("path traversal")).toList();

    /** Every text value, then the extra numbers not among them. */
    static Stream<BadInput> textAndNumbers() {
        return Stream.concat(TEXT.stream(), NUMBERS.stream().map(n -> new BadInput("number " + n.name(), n.value())));
    }

    private BadInputs() {
    }
}
