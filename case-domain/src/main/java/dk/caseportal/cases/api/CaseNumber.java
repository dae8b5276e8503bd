package dk.caseportal.cases.api;

import java.util.Optional;

/** The number people quote for a case: from a sequence, never reused, shown with 8 digits. */
public record CaseNumber(long value) {

    private static final long MAX = 99_999_999L;

    public CaseNumber {
        if (value <= 0 || value > MAX) {
            throw new IllegalArgumentException("A case number is 1 to " + MAX + ": " + value);
        }
    }

    /** Reads "00002196" or "2196"; empty for anything else (a mistyped or tampered address). */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,8}")) {
            return Optional.empty();
        }
        return of(Long.parseLong(text.strip()));
    }

    /** The case number with this value; empty if no case can have it (a tampered request). */
    public static Optional<CaseNumber> of(long value) {
        return value <= 0 || value > MAX ? Optional.empty() : Optional.of(new CaseNumber(value));
    }

    /** Eight digits, zero-padded (00002196); written on every row of every list, so no String.format. */
    @Override
    public String toString() {
        String digits = Long.toString(value);
        return digits.length() >= 8 ? digits : "0".repeat(8 - digits.length()) + digits;
    }
}
