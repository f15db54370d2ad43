package io.github.dockerfilegen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;
import io.github.dockerfilegen.lint.DockerfileLint;
import io.github.dockerfilegen.lint.Finding;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.Stage;
import io.github.dockerfilegen.model.ConfigurationException;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Formats a {@link BuildPlan} with FreeMarker. Templates decide nothing: they lay the plan out and
 * quote values with {@code json(...)}, {@code quoted(...)} and {@code shell(...)}. Interpolation is
 * {@code [=x]}, so a Dockerfile's own {@code ${VAR}} is plain text to FreeMarker.
 */
public final class DockerfileRenderer {
    /** Where the bundled templates live in the plugin jar. */
    static final String BUNDLED_TEMPLATES = "/io/github/dockerfilegen/templates";

    static final String DOCKERFILE_TEMPLATE = "Dockerfile.ftl";
    static final String DOCKERIGNORE_TEMPLATE = "dockerignore.ftl";

    private final Configuration freemarker;

    /** @param userTemplates a folder whose templates replace bundled ones of the same name, if any */
    public DockerfileRenderer(Optional<File> userTemplates) throws ConfigurationException {
        this(loader(userTemplates));
    }

    /** Ready to render: the root templates parsed, which loads most of FreeMarker. */
    private DockerfileRenderer(TemplateLoader loader) throws ConfigurationException {
        this.freemarker = configuration(loader);
        requireTemplate(DOCKERFILE_TEMPLATE, "every");
        requireTemplate(DOCKERIGNORE_TEMPLATE, "no");
    }

    /**
     * A renderer made on a thread of its own, for the caller to take once it has a plan: FreeMarker
     * loads some 500 classes on first use, and the goal runs once per JVM, so they load while the
     * project is inspected and planned. The template folder is checked at once.
     *
     * @param userTemplates a folder whose templates replace bundled ones of the same name, if any
     */
    public static Future<DockerfileRenderer> start(Optional<File> userTemplates) throws ConfigurationException {
        TemplateLoader loader = loader(userTemplates);
        FutureTask<DockerfileRenderer> renderer = new FutureTask<>(() -> new DockerfileRenderer(loader));
        Thread thread = new Thread(renderer, "dockerfile-gen templates");
        thread.setDaemon(true);
        thread.setContextClassLoader(DockerfileRenderer.class.getClassLoader());
        thread.start();
        return renderer;
    }

    /**
     * Renders both files; the Dockerfile must pass {@link DockerfileLint}, whichever templates made it.
     * Templates see the plan as {@link PlanView}, the template API.
     */
    public RenderedFiles render(BuildPlan plan) throws ConfigurationException {
        for (Stage stage : plan.stages()) {
            requireTemplate(PlanView.templateFile(stage), stage.name());
        }
        Map<String, Object> model = Map.of("plan", PlanView.of(plan));
        String dockerfile = process(DOCKERFILE_TEMPLATE, model);
        List<Finding> findings = DockerfileLint.check(dockerfile);
        if (!findings.isEmpty()) {
            throw new ConfigurationException(lintFailure(dockerfile, findings, plan, model));
        }
        return new RenderedFiles(dockerfile, process(DOCKERIGNORE_TEMPLATE, model));
    }

    /** Names, for each finding, the line and the template that wrote it: the one to fix. */
    private String lintFailure(String dockerfile, List<Finding> findings, BuildPlan plan, Map<String, Object> model)
            throws ConfigurationException {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        PlanView view = (PlanView) model.get("plan");
        for (int i = 0; i < plan.stages().size(); i++) {
            String part = PlanView.templateFile(plan.stages().get(i));
            parts.put(
                    part,
                    process(part, Map.of("plan", view, "stage", view.stages().get(i)))
                            .lines()
                            .toList());
        }
        List<String> lines = dockerfile.lines().toList();
        StringBuilder message = new StringBuilder("The generated Dockerfile breaks " + findings.size()
                + (findings.size() == 1 ? " rule" : " rules") + "; fix the template named:");
        for (Finding finding : findings) {
            String text = lines.get(finding.line() - 1);
            String source = DOCKERFILE_TEMPLATE;
            for (Map.Entry<String, List<String>> part : parts.entrySet()) {
                int at = part.getValue().indexOf(text);
                if (at >= 0) {
                    source = part.getKey() + ", line " + (at + 1) + " of its output";
                    break;
                }
            }
            message.append("\n  - Dockerfile line ")
                    .append(finding.line())
                    .append(" (template ")
                    .append(source)
                    .append("): ")
                    .append(text.strip())
                    .append("\n    ")
                    .append(finding.rule())
                    .append(": ")
                    .append(finding.message());
        }
        return message.toString();
    }

    /** A stage's template must exist (in the override folder or bundled): said before anything is rendered. */
    private void requireTemplate(String templateName, String stage) throws ConfigurationException {
        try {
            freemarker.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new ConfigurationException("Template not found: " + templateName + ", which writes the " + stage
                    + " stage. Override templates by name only (see the bundled ones under templates/).");
        } catch (ParseException e) {
            throw parseFailure(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading template " + templateName, e);
        }
    }

    private String process(String templateName, Map<String, Object> model) throws ConfigurationException {
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(templateName).process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new ConfigurationException(
                    "Template not found: " + e.getTemplateName()
                            + ". Override templates by name only (see the bundled ones under templates/).",
                    e);
        } catch (TemplateException e) {
            Optional<ParseException> syntax = syntaxError(e);
            if (syntax.isPresent()) {
                throw parseFailure(syntax.get());
            }
            throw new ConfigurationException(
                    "Template " + e.getTemplateSourceName() + " line " + e.getLineNumber() + " failed: "
                            + e.getMessageWithoutStackTop(),
                    e);
        } catch (ParseException e) {
            throw parseFailure(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading template " + templateName, e);
        }
        return out.toString();
    }

    /** An included template that does not parse surfaces as the including template's failure. */
    private static Optional<ParseException> syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    private static ConfigurationException parseFailure(ParseException e) {
        return new ConfigurationException(
                "Template " + e.getTemplateName() + " line " + e.getLineNumber() + " does not parse: "
                        + e.getEditorMessage(),
                e);
    }

    private static TemplateLoader loader(Optional<File> userTemplates) throws ConfigurationException {
        TemplateLoader bundled = new ClassTemplateLoader(DockerfileRenderer.class, BUNDLED_TEMPLATES);
        if (userTemplates.isEmpty()) {
            return bundled;
        }
        try {
            // The user's folder first: its files replace bundled ones of the same name.
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTemplates.get()), bundled});
        } catch (IOException e) {
            throw new ConfigurationException(
                    "<templateDirectory> " + userTemplates.get() + " cannot be read as a template folder: "
                            + e.getMessage(),
                    e);
        }
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("c");
        cfg.setBooleanFormat("c");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setLocalizedLookup(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setSharedVariable("json", listFunction(DockerfileSyntax::jsonArray));
        cfg.setSharedVariable("shell", listFunction(DockerfileSyntax::shellWords));
        cfg.setSharedVariable("quoted", (TemplateMethodModelEx) args -> {
            requireArguments(args, 1, "quoted");
            return new SimpleScalar(DockerfileSyntax.doubleQuoted(
                    String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)))));
        });
        return cfg;
    }

    private static TemplateMethodModelEx listFunction(Function<List<String>, String> format) {
        return args -> {
            requireArguments(args, 1, "a quoting function");
            if (!(args.get(0) instanceof TemplateSequenceModel sequence)) {
                throw new TemplateModelException("expects a list of strings");
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < sequence.size(); i++) {
                values.add(String.valueOf(DeepUnwrap.unwrap(sequence.get(i))));
            }
            return new SimpleScalar(format.apply(values));
        };
    }

    private static void requireArguments(List<?> args, int count, String name) throws TemplateModelException {
        if (args.size() != count) {
            throw new TemplateModelException(name + " takes " + count + " argument");
        }
    }
}
