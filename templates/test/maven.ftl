<#-- Tests: the project's tests on the builder's output (docker build --target test); no stage depends on it. -->
<#import "/lib/steps.ftl" as steps>
FROM [=stage.fromStage] AS [=stage.name]
<#list stage.steps as step>
<@steps.instruction step/>
</#list>
