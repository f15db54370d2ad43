<#-- Builder: Maven and a JDK compile and package the project; nothing here reaches the image. -->
<#assign builder = stage!plan.builder>
FROM <#if builder.platform?has_content>--platform=[=builder.platform] </#if>${[=builder.imageArg]} AS [=builder.name]
WORKDIR [=builder.workdir]
<#list builder.steps as step>
<#list step.comment as line>
# [=line]
</#list>
<#if step.kind == "copy">
COPY [=step.source] [=step.target]
<#else>
RUN <#list step.mounts as mount>--mount=[=mount]<#if step.mounts?size gt 1> \
    <#else> </#if></#list>[=shell(step.commands[0])]<#list step.commands[1..] as command> \
 && [=shell(command)]</#list>
</#if>
</#list>
