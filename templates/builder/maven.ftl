<#-- Builder: Maven and a JDK compile and package the project; nothing here reaches the image. -->
<#assign builder = plan.builder>
FROM ${[=builder.imageArg]} AS [=builder.name]
WORKDIR [=builder.workdir]
# Dependencies and plugins first, from pom.xml alone: a change under src/ reuses this layer and the
# Maven repository cache, and downloads nothing.
COPY pom.xml ./
RUN --mount=type=cache,target=[=builder.mavenCache] [=shell(builder.mavenCommand)] && rm -rf target
COPY src ./src
RUN --mount=type=cache,target=[=builder.mavenCache] [=shell(builder.mavenCommand)]
