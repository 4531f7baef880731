<?xml version="1.0" encoding="UTF-8"?>
<!--
  A register page (persons.html, places.html, organisations.html), from the site data
  document: entries by letter, each with its names, authority identifiers and every mention,
  linked to its anchor in the reading page. $kind says which register: person, place or org.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="custom.xsl"/>

  <xsl:param name="kind" select="'person'"/>

  <xsl:variable name="heading">
    <xsl:choose>
      <xsl:when test="$kind = 'person'">Persons</xsl:when>
      <xsl:when test="$kind = 'place'">Places</xsl:when>
      <xsl:otherwise>Organisations</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="$heading"/>
      <xsl:with-param name="body-class" select="concat('register-page register-', $kind)"/>
      <xsl:with-param name="content"><xsl:apply-templates select="site/register[@kind = $kind]"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="register">
    <h1><xsl:value-of select="$heading"/></h1>
    <p class="lead"><xsl:value-of select="@count"/> entries, merged across the documents; each mention links to its place in the text.</p>
    <xsl:if test="letter">
      <nav class="letters" aria-label="Letters">
        <ul>
          <xsl:for-each select="letter"><li><a href="#letter-{@name}"><xsl:value-of select="@name"/></a></li></xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
    <xsl:apply-templates select="letter"/>
  </xsl:template>

  <xsl:template match="letter">
    <section class="letter" aria-labelledby="letter-{@name}">
      <h2 id="letter-{@name}"><xsl:value-of select="@name"/></h2>
      <xsl:apply-templates select="entry"/>
    </section>
  </xsl:template>

  <xsl:template match="entry">
    <article class="entry" id="{@id}" aria-labelledby="{@id}-name">
      <h3 id="{@id}-name"><xsl:value-of select="name"/></h3>
      <dl class="entry-facts">
        <xsl:if test="variant">
          <dt>Also written</dt>
          <dd><xsl:for-each select="variant"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/></xsl:for-each></dd>
        </xsl:if>
        <xsl:if test="pseudonym">
          <dt>Pseudonyms</dt>
          <dd><xsl:for-each select="pseudonym"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/></xsl:for-each></dd>
        </xsl:if>
        <xsl:for-each select="identifier">
          <dt><xsl:value-of select="@type"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="@href"><a href="{@href}" rel="external"><xsl:value-of select="."/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:for-each>
        <dt>Mentions</dt>
        <dd><xsl:value-of select="@mentions"/></dd>
      </dl>
      <xsl:if test="document">
        <ul class="mentions">
          <xsl:for-each select="document">
            <li>
              <a class="mention-document" href="{@href}"><xsl:value-of select="title"/></a>
              <xsl:text>: </xsl:text>
              <xsl:for-each select="mention">
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <a href="{@href}"><xsl:value-of select="."/></a>
              </xsl:for-each>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </article>
  </xsl:template>

</xsl:stylesheet>
