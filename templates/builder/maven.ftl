<#-- Builder: Maven and a JDK compile and package the project; nothing here reaches the image. -->
<#import "/lib/steps.ftl" as steps>
<#assign builder = stage!plan.builder>
FROM <#if builder.platform?has_content>--platform=[=builder.platform] </#if>${[=builder.imageArg]} AS [=builder.name]
WORKDIR [=builder.workdir]
<#list builder.steps as step>
<@steps.instruction step/>
</#list>
