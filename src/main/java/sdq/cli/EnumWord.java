package sdq.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An enum option read in any case; a wrong value is answered with the right ones, as they are typed. */
abstract class EnumWord<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    EnumWord(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new TypeConversionException("expected " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + "; not '" + value + "'");
    }

    /** {@code sdq export --format}. */
    static final class ExportFormat extends EnumWord<ExportCommand.Format> {
        ExportFormat() {
            super(ExportCommand.Format.class);
        }
    }

    /** {@code sdq import --format}. */
    static final class ImportFormat extends EnumWord<sdq.imports.FileFormat> {
        ImportFormat() {
            super(sdq.imports.FileFormat.class);
        }
    }
}
