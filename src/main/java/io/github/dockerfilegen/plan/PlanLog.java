package io.github.dockerfilegen.plan;

import java.util.ArrayList;
import java.util.List;

/** What the planner tells the user: one line per decision (and where its input came from), and warnings. */
final class PlanLog {
    final List<String> decisions = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    void decide(String line) {
        decisions.add(line);
    }

    void warn(String line) {
        warnings.add(line);
    }
}
