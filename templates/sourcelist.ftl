<#ftl output_format="HTML" strip_whitespace=true>
<#-- A page of a long sources index: one year of publication (sources.ftl renders both). -->
<#include "sources.ftl">
