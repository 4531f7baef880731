<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading page of one TEI document. The rules for the TEI elements are in tei.xsl; the
  page frame in layout.xsl; custom.xsl, imported last, overrides both.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="tei.xsl"/>
  <xsl:import href="custom.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="normalize-space(tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
      <xsl:with-param name="body-class" select="'reading-page'"/>
      <xsl:with-param name="content">
        <xsl:apply-templates select="tei:TEI" mode="document"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
