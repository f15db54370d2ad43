<#-- Builder: Maven and a JDK compile and package the project; nothing here reaches the image. -->
<#assign builder = plan.builder>
FROM ${[=builder.imageArg]} AS [=builder.name]
WORKDIR [=builder.workdir]
# Dependencies and plugins first, from pom.xml alone: a change under src/ reuses this layer and the
# Maven cache, and downloads nothing.
<#if builder.mavenConfig>
COPY .mvn/ .mvn/
</#if>
COPY pom.xml ./
RUN --mount=type=cache,target=[=builder.mavenCache] [=shell(builder.mavenCommand)] && rm -rf target
COPY src ./src
<#if builder.dependencyCopies?has_content>
# Package, then gather the runtime classpath from the Maven cache for the runtime stage.
RUN --mount=type=cache,target=[=builder.mavenCache] [=shell(builder.mavenCommand)] \
 && mkdir -p [=builder.dependencyFolder]<#list builder.dependencyCopies as copy> \
 && cp [=shell([copy.source, copy.target])]</#list>
<#else>
RUN --mount=type=cache,target=[=builder.mavenCache] [=shell(builder.mavenCommand)]
</#if>
