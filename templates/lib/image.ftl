<#-- What every runtime template writes the same way: a COPY into the image, and the image's closing
     lines (the user the application runs as, its ports, environment, labels and command). -->
<#macro copy step>
COPY<#if step.fromStage?has_content> --from=[=step.fromStage]</#if><#if step.owner?has_content> --chown=[=step.owner]</#if><#if step.mode?has_content> --chmod=[=step.mode]</#if> [=step.source] [=step.target]
</#macro>
<#macro closing runtime>
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
</#macro>
