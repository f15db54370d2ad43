package io.github.dockerfilegen.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code org.opencontainers.image.licenses} label wants an SPDX expression. We write one only
 * when every license the POM names is an SPDX id; a free-text name is not guessed at.
 */
final class SpdxLicenses {
    private static final Map<String, String> IDS = Stream.of(
                    "0BSD",
                    "AGPL-3.0-only",
                    "AGPL-3.0-or-later",
                    "Apache-1.1",
                    "Apache-2.0",
                    "BSD-2-Clause",
                    "BSD-3-Clause",
                    "BSL-1.0",
                    "CC0-1.0",
                    "CC-BY-4.0",
                    "CDDL-1.0",
                    "CDDL-1.1",
                    "EPL-1.0",
                    "EPL-2.0",
                    "EUPL-1.2",
                    "GPL-2.0-only",
                    "GPL-2.0-or-later",
                    "GPL-3.0-only",
                    "GPL-3.0-or-later",
                    "ISC",
                    "LGPL-2.1-only",
                    "LGPL-2.1-or-later",
                    "LGPL-3.0-only",
                    "LGPL-3.0-or-later",
                    "MIT",
                    "MIT-0",
                    "MPL-2.0",
                    "Unlicense",
                    "UPL-1.0",
                    "Zlib")
            .collect(Collectors.toMap(id -> id.toLowerCase(Locale.ROOT), Function.identity()));

    private SpdxLicenses() {}

    /** The SPDX expression for the POM's licenses (any of them may be chosen: OR), if all are SPDX ids. */
    static Optional<String> expression(List<String> licenseNames) {
        if (licenseNames.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String name : licenseNames) {
            String id = IDS.get(name.trim().toLowerCase(Locale.ROOT));
            if (id == null) {
                return Optional.empty();
            }
            ids.add(id);
        }
        return Optional.of(String.join(" OR ", ids));
    }
}
