<#-- The bundled runtime/jre.ftl, plus a comment line and a HEALTHCHECK: this project's override. -->
<#assign runtime = plan.runtime>
FROM ${[=runtime.imageArg]} AS [=runtime.name]
# Runtime stage from the project's own template (user-template-override).
WORKDIR [=runtime.workdir]
<#list runtime.copies as copy>
COPY --from=[=copy.fromStage] [=copy.source] [=copy.target]
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
HEALTHCHECK NONE
ENTRYPOINT [=json(runtime.entrypoint)]
