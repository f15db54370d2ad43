package io.github.dockerfilegen.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An Open Liberty server's configuration folder ({@code src/main/liberty/config}, or
 * liberty-maven-plugin's {@code <configDirectory>}), as far as an image needs it: what is read from
 * {@code server.xml} and {@code bootstrap.properties}, values as written ({@code ${...}} unresolved).
 *
 * @param directory the folder, relative to the project, with '/'
 * @param serverXml whether it holds a {@code server.xml}
 * @param features the features {@code <featureManager>} names
 * @param httpPort {@code httpPort} of the default {@code <httpEndpoint>}, if written
 * @param httpsPort its {@code httpsPort}, if written
 * @param host its {@code host}, if written
 * @param variables {@code <variable name value>}
 * @param variableDefaults {@code <variable name defaultValue>}
 * @param bootstrapProperties {@code bootstrap.properties}
 * @param applicationLocation the {@code location} of the first {@code <webApplication>} or
 *     {@code <application>}, if any
 */
public record LibertyConfig(
        String directory,
        boolean serverXml,
        List<String> features,
        Optional<String> httpPort,
        Optional<String> httpsPort,
        Optional<String> host,
        Map<String, String> variables,
        Map<String, String> variableDefaults,
        Map<String, String> bootstrapProperties,
        Optional<String> applicationLocation) {

    public LibertyConfig {
        Objects.requireNonNull(directory, "directory");
        features = List.copyOf(features);
        Objects.requireNonNull(httpPort, "httpPort");
        Objects.requireNonNull(httpsPort, "httpsPort");
        Objects.requireNonNull(host, "host");
        variables = sorted(variables);
        variableDefaults = sorted(variableDefaults);
        bootstrapProperties = sorted(bootstrapProperties);
        Objects.requireNonNull(applicationLocation, "applicationLocation");
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
