<?xml version="1.0" encoding="UTF-8"?>
<!--
  The frame of every page: head, skip link, site header with navigation and search, main,
  footer. Imported by every page stylesheet; override it (or the named templates
  "site-header" and "site-footer" in custom.xsl) to change the frame of the whole site.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- Relative path from the page to the site root: '' or '../'. Every link is relative. -->
  <xsl:param name="root" select="''"/>
  <xsl:param name="site-title" select="'TEI Edition'"/>
  <!-- The navigation key of the page: documents, persons, places, organisations, chronology, search. -->
  <xsl:param name="page" select="''"/>

  <!-- One page. $content is the inside of <main>; $scripts holds extra <script> elements. -->
  <xsl:template name="page">
    <xsl:param name="title"/>
    <xsl:param name="content"/>
    <xsl:param name="scripts"/>
    <xsl:param name="body-class" select="''"/>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="en">
      <head>
        <!-- libxslt's HTML output adds the charset declaration (<meta http-equiv="Content-Type">). -->
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="$title"/>
          <xsl:if test="$title != $site-title">
            <xsl:text> · </xsl:text>
            <xsl:value-of select="$site-title"/>
          </xsl:if>
        </title>
        <link rel="stylesheet" href="{$root}assets/style.css"/>
        <script src="{$root}assets/site.js" defer="defer"></script>
        <xsl:copy-of select="$scripts"/>
      </head>
      <body class="{$body-class}">
        <a class="skip-link" href="#main">Skip to main content</a>
        <xsl:call-template name="site-header"/>
        <main id="main" tabindex="-1">
          <xsl:copy-of select="$content"/>
        </main>
        <footer class="site-footer">
          <xsl:call-template name="site-footer"/>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="site-header">
    <header class="site-header">
      <a class="site-title" href="{$root}index.html"><xsl:value-of select="$site-title"/></a>
      <nav class="site-nav" aria-label="Site">
        <ul>
          <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'documents'"/><xsl:with-param name="href" select="'index.html'"/><xsl:with-param name="label" select="'Documents'"/></xsl:call-template>
          <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'persons'"/><xsl:with-param name="href" select="'persons.html'"/><xsl:with-param name="label" select="'Persons'"/></xsl:call-template>
          <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'places'"/><xsl:with-param name="href" select="'places.html'"/><xsl:with-param name="label" select="'Places'"/></xsl:call-template>
          <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'organisations'"/><xsl:with-param name="href" select="'organisations.html'"/><xsl:with-param name="label" select="'Organisations'"/></xsl:call-template>
          <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'chronology'"/><xsl:with-param name="href" select="'chronology.html'"/><xsl:with-param name="label" select="'Chronology'"/></xsl:call-template>
          <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'search'"/><xsl:with-param name="href" select="'search.html'"/><xsl:with-param name="label" select="'Search'"/></xsl:call-template>
        </ul>
      </nav>
      <xsl:if test="$page != 'search'">
        <form class="site-search" role="search" action="{$root}search.html" method="get">
          <label for="site-search-q" class="visually-hidden">Search the edition</label>
          <input id="site-search-q" type="search" name="q" placeholder="Search…"/>
          <button type="submit">Search</button>
        </form>
      </xsl:if>
    </header>
  </xsl:template>

  <xsl:template name="nav-item">
    <xsl:param name="key"/>
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <li>
      <a href="{$root}{$href}">
        <xsl:if test="$key = $page"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:value-of select="$label"/>
      </a>
    </li>
  </xsl:template>

  <xsl:template name="site-footer">
    <p>A digital edition in TEI P5, made with tei-edition. Each reading page links to its TEI file.</p>
  </xsl:template>

</xsl:stylesheet>
