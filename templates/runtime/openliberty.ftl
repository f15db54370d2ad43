<#-- Runtime: Open Liberty's image, set up as Open Liberty's own guides' Dockerfile sets it up. -->
<#import "/lib/image.ftl" as image>
<#assign runtime = stage!plan.runtime>
<#assign setup = runtime.serverSetup[0]>
FROM ${[=runtime.imageArg]} AS [=runtime.name]
# As the image's user, who owns what Liberty writes: the server's configuration, then the features
# it names (a layer only a configuration change rebuilds), the application, and configure.sh.
USER [=setup.user]
<@image.copy setup.configuration/>
RUN [=setup.install]
<#list setup.application as copy>
<@image.copy copy/>
</#list>
RUN [=setup.finish]
<#if runtime.copies?has_content>
USER 0:0
<#list runtime.copies as copy>
<@image.copy copy/>
</#list>
</#if>
<@image.closing runtime/>
