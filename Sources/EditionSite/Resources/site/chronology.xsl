<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chronology (chronology.html): every date of the texts with a normalized value, in
  order, by year, each linked to its place in its document.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="custom.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'Chronology'"/>
      <xsl:with-param name="body-class" select="'chronology-page'"/>
      <xsl:with-param name="content"><xsl:apply-templates select="site/chronology"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="chronology">
    <h1>Chronology</h1>
    <p class="lead"><xsl:value-of select="@count"/> dated mentions across the documents, in order of their normalized date.</p>
    <xsl:if test="year">
      <nav class="letters" aria-label="Years">
        <ul><xsl:for-each select="year"><li><a href="#year-{@value}"><xsl:value-of select="@value"/></a></li></xsl:for-each></ul>
      </nav>
    </xsl:if>
    <xsl:apply-templates select="year"/>
  </xsl:template>

  <xsl:template match="year">
    <section class="year" aria-labelledby="year-{@value}">
      <h2 id="year-{@value}"><xsl:value-of select="@value"/></h2>
      <ol class="events">
        <xsl:apply-templates select="event"/>
      </ol>
    </section>
  </xsl:template>

  <xsl:template match="event">
    <li class="event" data-value="{@value}">
      <span class="event-date">
        <xsl:choose>
          <xsl:when test="contains(@value, '/')"><xsl:value-of select="@display"/></xsl:when>
          <xsl:otherwise><time datetime="{@value}"><xsl:value-of select="@display"/></time></xsl:otherwise>
        </xsl:choose>
      </span>
      <span class="event-text"><a href="{@href}"><xsl:value-of select="text"/></a></span>
      <span class="event-document">in <a href="{@document-href}"><xsl:value-of select="title"/></a></span>
    </li>
  </xsl:template>

</xsl:stylesheet>
