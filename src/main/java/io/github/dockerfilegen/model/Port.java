package io.github.dockerfilegen.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A port the image exposes: {@code 8080} or {@code 9090/udp}. Parsed once, here, from
 * configuration, from a framework's settings and from a Dockerfile's {@code EXPOSE}.
 *
 * @param number 1 to 65535
 * @param protocol {@code tcp} (the default, not written), {@code udp} or {@code sctp}
 */
public record Port(int number, String protocol) {
    private static final Pattern PORT = Pattern.compile("([0-9]{1,5})(?:/(tcp|udp|sctp))?");
    public static final String TCP = "tcp";

    public Port {
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("port out of range: " + number);
        }
        if (!PORT.matcher("1/" + protocol).matches()) {
            throw new IllegalArgumentException("unknown protocol: " + protocol);
        }
    }

    public static Port tcp(int number) {
        return new Port(number, TCP);
    }

    /** {@code 8080}, {@code 8080/tcp} or {@code 8080/udp} (any case); empty when it is not a port. */
    public static Optional<Port> parse(String text) {
        var m = PORT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(1));
        if (number < 1 || number > 65535) {
            return Optional.empty();
        }
        return Optional.of(new Port(number, m.group(2) == null ? TCP : m.group(2)));
    }

    /** {@code -p 8080:8080} or {@code -p 9090:9090/udp}, for a {@code docker run} command line. */
    public String publishFlag() {
        return "-p " + number + ":" + this;
    }

    /** As {@code EXPOSE} writes it: the number, and the protocol unless it is tcp. */
    @Override
    public String toString() {
        return TCP.equals(protocol) ? String.valueOf(number) : number + "/" + protocol;
    }
}
