<#-- Runtime: a JRE (or servlet container) image with the application; no RUN, so shell-less bases work. -->
<#assign runtime = stage!plan.runtime>
FROM ${[=runtime.imageArg]} AS [=runtime.name]
WORKDIR [=runtime.workdir]
<#list runtime.copies as copy>
COPY<#if copy.fromStage?has_content> --from=[=copy.fromStage]</#if><#if copy.owner?has_content> --chown=[=copy.owner]</#if><#if copy.mode?has_content> --chmod=[=copy.mode]</#if> [=copy.source] [=copy.target]
</#list>
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
