package io.github.dockerfilegen.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value users write by name in the POM, such as {@code <layout>spring-boot</layout>}: one constant of an enum. */
public interface Choice {
    /** The name users write. */
    String id();

    /** The constant users name with this id, if there is one. */
    static <E extends Enum<E> & Choice> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(choice -> choice.id().equals(id))
                .findFirst();
    }

    /** Every id, in declaration order, for an error message. */
    static <E extends Enum<E> & Choice> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", "));
    }
}
