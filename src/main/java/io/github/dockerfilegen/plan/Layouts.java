package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The application layouts, most specific first: a framework's own layout before the generic
 * uber-jar, and the plain jar last (a war fits only the servlet layout, after Spring Boot's). The
 * first that fits wins, unless {@code <layout>} names one.
 */
final class Layouts {
    static final List<ApplicationLayout> IN_ORDER = List.of(
            new SpringBootLayout(),
            new QuarkusLayout(),
            new MicronautLayout(),
            new UberJarLayout(),
            new PlainJarLayout(),
            new WarLayout());

    private Layouts() {}

    /**
     * A layout that fits the project.
     *
     * @param layout the layout
     * @param why why it fits, for the log
     */
    record Fit(ApplicationLayout layout, String why) {}

    /** The first layout that fits, whatever {@code <layout>} says. */
    static Optional<Fit> detect(ProjectFacts facts) {
        for (ApplicationLayout layout : IN_ORDER) {
            Optional<String> why = layout.fits(facts);
            if (why.isPresent()) {
                return Optional.of(new Fit(layout, why.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The layout this run uses: {@code <layout>} when it fits, else the detected one.
     *
     * @param detected what {@link #detect} found
     */
    static ApplicationLayout choose(ProjectFacts facts, GeneratorConfig config, Optional<Fit> detected, PlanLog log)
            throws ConfigurationException {
        if (config.layout().isPresent()) {
            LayoutKind wanted = config.layout().get();
            ApplicationLayout layout = IN_ORDER.stream()
                    .filter(l -> l.kind() == wanted)
                    .findFirst()
                    .orElseThrow();
            if (layout.fits(facts).isEmpty()) {
                throw new ConfigurationException("<layout>" + wanted.id() + "</layout> does not fit "
                        + facts.artifactId() + " (<packaging>" + facts.packaging() + "</packaging>). "
                        + fitting(facts));
            }
            log.decide("layout " + wanted.id() + " (from <layout>)");
            return layout;
        }
        if (detected.isPresent()) {
            log.decide("layout " + detected.get().layout().kind().id() + ": "
                    + detected.get().why());
            return detected.get().layout();
        }
        if (facts.packaging().equals("ear")) {
            throw new ConfigurationException("<packaging>ear</packaging> is not supported: an ear runs only on a"
                    + " Jakarta EE application server, and dockerfile-gen puts wars on Open Liberty and WildFly,"
                    + " not ears yet. Generate for the ear's war modules, or set <skip>true</skip> for this module"
                    + " to leave it out.");
        }
        throw new ConfigurationException("<packaging>" + facts.packaging() + "</packaging> is not supported yet."
                + " Supported packagings: jar (plain, Spring Boot, Quarkus, Micronaut, uber-jar), war (a servlet"
                + " container, Open Liberty, WildFly, or Spring Boot's executable war), quarkus, and Micronaut's docker (pom projects"
                + " are skipped). Set <skip>true</skip> for this module to leave it out.");
    }

    private static String fitting(ProjectFacts facts) {
        String fit = IN_ORDER.stream()
                .filter(l -> l.fits(facts).isPresent())
                .map(l -> l.kind().id())
                .collect(Collectors.joining(", "));
        return fit.isEmpty() ? "No layout fits it." : "Layouts that fit: " + fit + " (or auto).";
    }
}
