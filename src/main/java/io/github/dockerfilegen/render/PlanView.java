package io.github.dockerfilegen.render;

import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.BuildContext;
import io.github.dockerfilegen.model.BuildPlan.BuilderStage;
import io.github.dockerfilegen.model.BuildPlan.BuilderStep;
import io.github.dockerfilegen.model.BuildPlan.ContextCopy;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.Env;
import io.github.dockerfilegen.model.BuildPlan.ImageArg;
import io.github.dockerfilegen.model.BuildPlan.RuntimeStage;
import io.github.dockerfilegen.model.BuildPlan.Script;
import io.github.dockerfilegen.model.BuildPlan.ShellRun;
import io.github.dockerfilegen.model.BuildPlan.Stage;
import io.github.dockerfilegen.model.BuildPlan.StageCopy;
import io.github.dockerfilegen.model.BuildPlan.TestStage;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.RuntimeUser;
import java.util.List;
import java.util.SortedMap;

/**
 * The template API: what a template sees as {@code plan}, made from a {@link BuildPlan}. It keeps the
 * names and values templates have always read, so a user's override keeps working while the Java
 * side changes: an absent value is an empty string ({@code copy.fromStage?has_content}), a builder
 * step's kind is {@code "copy"} or {@code "run"}. The README's template section documents it; a field
 * may be added in any version, and one is removed or changes meaning only in a new major version.
 *
 * @param testCommand the command that runs the test stage, empty when there is none
 * @param stages every stage in Dockerfile order; each names the template that writes it
 *     ({@code templateFile}) and is that template's {@code stage}
 * @param builder the builder stage, as {@code plan.builder}
 * @param runtime the runtime stage (the image), as {@code plan.runtime}
 */
public record PlanView(
        String generatorVersion,
        String dockerfilePath,
        String contextDirectory,
        String dockerfileInContext,
        String regenerateCommand,
        String imageTag,
        String buildCommand,
        String runCommand,
        String testCommand,
        List<ImageArg> imageArgs,
        BuildContext context,
        List<Object> stages,
        BuilderStageView builder,
        RuntimeStageView runtime,
        List<String> decisions,
        List<String> warnings) {

    static PlanView of(BuildPlan plan) {
        List<Object> stages = plan.stages().stream().map(PlanView::view).toList();
        return new PlanView(
                plan.generatorVersion(),
                plan.dockerfilePath(),
                plan.contextDirectory(),
                plan.dockerfileInContext(),
                plan.regenerateCommand(),
                plan.imageTag(),
                plan.buildCommand(),
                plan.runCommand(),
                plan.testCommand().orElse(""),
                plan.imageArgs(),
                plan.context(),
                stages,
                (BuilderStageView) stages.get(0),
                (RuntimeStageView) stages.get(stages.size() - 1),
                plan.decisions(),
                plan.warnings());
    }

    /** The template file that writes a stage, relative to the templates folder. */
    static String templateFile(Stage stage) {
        return stage.template() + ".ftl";
    }

    private static Object view(Stage stage) {
        if (stage instanceof BuilderStage builder) {
            return new BuilderStageView(
                    shortName(builder),
                    templateFile(builder),
                    builder.name(),
                    builder.imageArg(),
                    builder.platform().orElse(""),
                    builder.workdir(),
                    builder.steps().stream().map(PlanView::view).toList());
        }
        if (stage instanceof TestStage test) {
            return new TestStageView(
                    shortName(test),
                    templateFile(test),
                    test.name(),
                    test.fromStage(),
                    test.steps().stream().map(PlanView::view).toList());
        }
        RuntimeStage runtime = (RuntimeStage) stage;
        return new RuntimeStageView(
                shortName(runtime),
                templateFile(runtime),
                runtime.name(),
                runtime.imageArg(),
                runtime.workdir(),
                runtime.copies().stream().map(PlanView::view).toList(),
                runtime.user(),
                runtime.ports(),
                runtime.env(),
                runtime.labels(),
                runtime.entrypoint(),
                runtime.cmd(),
                runtime.training().orElse(List.of()),
                runtime.serverSetup().stream()
                        .map(setup -> new ServerSetupView(
                                setup.user(),
                                view(setup.configuration()),
                                setup.install(),
                                setup.application().stream().map(PlanView::view).toList(),
                                setup.finish()))
                        .toList());
    }

    private static Object view(BuilderStep step) {
        if (step instanceof ContextCopy copy) {
            return new CopyView(
                    "copy",
                    copy.comment(),
                    copy.source(),
                    copy.target(),
                    copy.mode().orElse(""));
        }
        if (step instanceof StageCopy copy) {
            return new StageCopyView("stage-copy", copy.comment(), copy.fromStage(), copy.source(), copy.target());
        }
        if (step instanceof Script script) {
            return new ScriptView("script", script.comment(), script.lines());
        }
        if (step instanceof Env env) {
            return new EnvView("env", env.comment(), env.name(), env.value());
        }
        ShellRun run = (ShellRun) step;
        return new RunView("run", run.comment(), run.mounts(), run.commands());
    }

    private static CopyStepView view(CopyStep copy) {
        return new CopyStepView(
                copy.fromStage().orElse(""),
                copy.source(),
                copy.target(),
                copy.owner().map(RuntimeUser::toString).orElse(""),
                copy.mode().orElse(""));
    }

    /** The name under the stage kind's folder, as {@code plan.builder.template} has always been ({@code maven}). */
    private static String shortName(Stage stage) {
        return stage.template().substring(stage.template().lastIndexOf('/') + 1);
    }

    /**
     * The builder stage.
     *
     * @param template the template's name under {@code builder/}, without {@code .ftl}: {@code maven}
     * @param templateFile the template, relative to the templates folder: {@code builder/maven.ftl}
     * @param platform the {@code FROM --platform} value, empty for the image's
     * @param steps {@link CopyView} and {@link RunView} steps, in order
     */
    public record BuilderStageView(
            String template,
            String templateFile,
            String name,
            String imageArg,
            String platform,
            String workdir,
            List<Object> steps) {}

    /**
     * The test stage: {@code FROM <fromStage> AS <name>}, then its steps.
     *
     * @param template the template's name under {@code test/}, without {@code .ftl}: {@code maven}
     * @param templateFile the template, relative to the templates folder: {@code test/maven.ftl}
     * @param fromStage the stage it starts from, the builder
     * @param steps {@link RunView} steps, in order
     */
    public record TestStageView(
            String template, String templateFile, String name, String fromStage, List<Object> steps) {}

    /**
     * {@code COPY [--chmod=<mode>] <source> <target>} from the build context; {@code kind} is
     * {@code "copy"}, {@code mode} empty to keep the files' own.
     */
    public record CopyView(String kind, List<String> comment, String source, String target, String mode) {}

    /** {@code COPY --from=<fromStage> <source> <target>}: {@code kind} is {@code "stage-copy"}. */
    public record StageCopyView(String kind, List<String> comment, String fromStage, String source, String target) {}

    /** {@code RUN} of shell lines as written, joined with {@code &&}: {@code kind} is {@code "script"}. */
    public record ScriptView(String kind, List<String> comment, List<String> lines) {}

    /** {@code ENV <name>="<value>"}: {@code kind} is {@code "env"}; the value is the planner's own text. */
    public record EnvView(String kind, List<String> comment, String name, String value) {}

    /** {@code RUN}, one layer: {@code kind} is {@code "run"}; commands are joined with {@code &&}. */
    public record RunView(String kind, List<String> comment, List<String> mounts, List<List<String>> commands) {}

    /**
     * The runtime stage, the image.
     *
     * @param template the template's name under {@code runtime/}, without {@code .ftl}: {@code jre}
     * @param templateFile the template, relative to the templates folder: {@code runtime/jre.ftl}
     * @param training the exec-form training run that writes the start-up cache, empty without one
     * @param serverSetup an application server's own setup, for its template: one, or none for the
     *     other layouts
     */
    public record RuntimeStageView(
            String template,
            String templateFile,
            String name,
            String imageArg,
            String workdir,
            List<CopyStepView> copies,
            RuntimeUser user,
            List<Port> ports,
            SortedMap<String, String> env,
            SortedMap<String, String> labels,
            List<String> entrypoint,
            List<String> cmd,
            List<String> training,
            List<ServerSetupView> serverSetup) {}

    /**
     * An application server's own setup: {@code USER}, the configuration's {@code COPY}, a {@code RUN}
     * of {@code install}, the application's {@code COPY}s, a {@code RUN} of {@code finish}.
     */
    public record ServerSetupView(
            RuntimeUser user,
            CopyStepView configuration,
            String install,
            List<CopyStepView> application,
            String finish) {}

    /**
     * {@code COPY [--from] [--chown] [--chmod] <source> <target>}: each option is empty when absent.
     *
     * @param fromStage the stage copied from, empty for the build context
     * @param owner the numeric {@code uid:gid} owning the files, empty for root
     * @param mode the octal mode, empty to keep the files' own
     */
    public record CopyStepView(String fromStage, String source, String target, String owner, String mode) {}
}
