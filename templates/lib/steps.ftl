<#-- One builder or test step: its comment lines, then a COPY from the build context or a RUN. -->
<#macro instruction step>
<#list step.comment as line>
# [=line]
</#list>
<#if step.kind == "copy">
COPY<#if step.mode?has_content> --chmod=[=step.mode]</#if> [=step.source] [=step.target]
<#else>
RUN <#list step.mounts as mount>--mount=[=mount]<#if step.mounts?size gt 1> \
    <#else> </#if></#list>[=shell(step.commands[0])]<#list step.commands[1..] as command> \
 && [=shell(command)]</#list>
</#if>
</#macro>
