<#-- One step of a stage that runs tools: its comment lines, then a COPY (from the build context or an
     earlier stage), an ENV, or a RUN (of words, quoted here, or of shell lines the planner wrote). -->
<#macro instruction step>
<#list step.comment as line>
# [=line]
</#list>
<#if step.kind == "copy">
COPY<#if step.mode?has_content> --chmod=[=step.mode]</#if> [=step.source] [=step.target]
<#elseif step.kind == "stage-copy">
COPY --from=[=step.fromStage] [=step.source] [=step.target]
<#elseif step.kind == "env">
ENV [=step.name]="[=step.value]"
<#elseif step.kind == "script">
RUN [=step.lines[0]]<#list step.lines[1..] as line> \
 && [=line]</#list>
<#else>
RUN <#list step.mounts as mount>--mount=[=mount]<#if step.mounts?size gt 1> \
    <#else> </#if></#list>[=shell(step.commands[0])]<#list step.commands[1..] as command> \
 && [=shell(command)]</#list>
</#if>
</#macro>
