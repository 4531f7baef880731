<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search page (search.html). The search runs in the browser (search.js) over
  assets/search-index.js, which is loaded with a script tag so that it works from file://.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="custom.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="body-class" select="'search-page'"/>
      <xsl:with-param name="scripts">
        <script src="{$root}assets/search-index.js" defer="defer"></script>
        <script src="{$root}assets/search.js" defer="defer"></script>
      </xsl:with-param>
      <xsl:with-param name="content">
        <h1>Search</h1>
        <form class="search-form" id="search-form" role="search" action="search.html" method="get">
          <label for="search-q">Words, names or numbers</label>
          <div class="search-row">
            <input id="search-q" name="q" type="search" autocomplete="off"/>
            <button type="submit">Search</button>
          </div>
          <fieldset class="search-scope">
            <legend>Look in</legend>
            <label><input type="checkbox" name="scope" value="text" checked="checked"/> Full text</label>
            <label><input type="checkbox" name="scope" value="entities" checked="checked"/> Persons, places, organisations</label>
          </fieldset>
        </form>
        <p id="search-status" class="search-status" role="status" aria-live="polite">
          <noscript>The search needs JavaScript. The <a href="index.html">list of documents</a> and the registers work without it.</noscript>
        </p>
        <div id="search-results" class="search-results"></div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
