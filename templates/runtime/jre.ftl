<#-- Runtime: a JRE (or servlet container) image with the application. No RUN but a start-up cache's
     exec-form training run, so shell-less bases work. -->
<#assign runtime = stage!plan.runtime>
FROM ${[=runtime.imageArg]} AS [=runtime.name]
# Root until the last USER, whichever user the base image names: WORKDIR makes its folder the
# current user's, and the application's folder and files must stay read-only to it.
USER 0:0
WORKDIR [=runtime.workdir]
<#list runtime.copies as copy>
COPY<#if copy.fromStage?has_content> --from=[=copy.fromStage]</#if><#if copy.owner?has_content> --chown=[=copy.owner]</#if><#if copy.mode?has_content> --chmod=[=copy.mode]</#if> [=copy.source] [=copy.target]
</#list>
<#if runtime.training?has_content>
# The start-up cache: a training run of the application, with the image's own JVM and the
# entrypoint's options. If it fails because the application needs a database or another service to
# start, turn the cache off (<startupCache>false</startupCache>).
RUN [=json(runtime.training)]
</#if>
USER [=runtime.user]
<#if runtime.ports?has_content>
EXPOSE [=runtime.ports?join(" ")]
</#if>
<#list runtime.env as name, value>
ENV [=name]=[=quoted(value)]
</#list>
<#if runtime.labels?has_content>
<#list runtime.labels as key, value>
[=key?is_first?then("LABEL ", "      ")][=key]=[=quoted(value)]<#sep> \</#sep>
</#list>
</#if>
ENTRYPOINT [=json(runtime.entrypoint)]
<#if runtime.cmd?has_content>
CMD [=json(runtime.cmd)]
</#if>
