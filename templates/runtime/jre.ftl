<#-- Runtime: a JRE (or servlet container) image with the application. No RUN but a start-up cache's
     exec-form training run, so shell-less bases work. -->
<#import "/lib/image.ftl" as image>
<#assign runtime = stage!plan.runtime>
FROM ${[=runtime.imageArg]} AS [=runtime.name]
# Root until the last USER, whichever user the base image names: WORKDIR makes its folder the
# current user's, and the application's folder and files must stay read-only to it.
USER 0:0
WORKDIR [=runtime.workdir]
<#list runtime.copies as copy>
<@image.copy copy/>
</#list>
<#if runtime.training?has_content>
# The start-up cache: a training run of the application, with the image's own JVM and the
# entrypoint's options. If it fails because the application needs a database or another service to
# start, turn the cache off (<startupCache>false</startupCache>).
RUN [=json(runtime.training)]
</#if>
<@image.closing runtime/>
