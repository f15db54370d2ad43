<#-- A stage that runs the JDK's tools: jdeps to find the modules, jlink to link a runtime of them. -->
<#import "/lib/steps.ftl" as steps>
FROM <#if stage.platform?has_content>--platform=[=stage.platform] </#if>${[=stage.imageArg]} AS [=stage.name]
WORKDIR [=stage.workdir]
<#list stage.steps as step>
<@steps.instruction step/>
</#list>
