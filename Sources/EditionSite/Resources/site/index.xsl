<?xml version="1.0" encoding="UTF-8"?>
<!--
  The list of documents (index.html), from the site data document (docs/SITE.md). The table
  is complete without JavaScript; site.js adds sorting by date and the filters, which use the
  data-* attributes of each row.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="custom.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="$site-title"/>
      <xsl:with-param name="body-class" select="'index-page'"/>
      <xsl:with-param name="content"><xsl:apply-templates select="site/documents"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="documents">
    <h1>Documents</h1>
    <p class="lead"><xsl:value-of select="@count"/> documents. Select a title to read it; names, places, dates and document numbers are marked in each text.</p>
    <form class="filters" id="document-filters" hidden="hidden" aria-label="Filter the documents">
      <xsl:call-template name="filter">
        <xsl:with-param name="name" select="'persons'"/>
        <xsl:with-param name="label" select="'Person'"/>
        <xsl:with-param name="entries" select="/site/register[@kind = 'person']//entry"/>
      </xsl:call-template>
      <xsl:call-template name="filter">
        <xsl:with-param name="name" select="'places'"/>
        <xsl:with-param name="label" select="'Place'"/>
        <xsl:with-param name="entries" select="/site/register[@kind = 'place']//entry"/>
      </xsl:call-template>
      <xsl:call-template name="filter">
        <xsl:with-param name="name" select="'orgs'"/>
        <xsl:with-param name="label" select="'Organisation'"/>
        <xsl:with-param name="entries" select="/site/register[@kind = 'org']//entry"/>
      </xsl:call-template>
      <div class="filter">
        <label for="filter-year">Year</label>
        <select id="filter-year" name="year" data-filter="year">
          <option value="">All</option>
          <xsl:for-each select="/site/years/year"><option value="{.}"><xsl:value-of select="."/></option></xsl:for-each>
        </select>
      </div>
      <button type="reset">Clear filters</button>
      <p class="filter-status" role="status" aria-live="polite"></p>
    </form>
    <table class="documents" id="documents">
      <caption class="visually-hidden">Documents of the edition, by date</caption>
      <thead>
        <tr>
          <th scope="col" class="col-date" aria-sort="ascending" data-sort="date">Date</th>
          <th scope="col">Title</th>
          <th scope="col">Author</th>
          <th scope="col">Document numbers</th>
        </tr>
      </thead>
      <tbody>
        <xsl:apply-templates select="document"/>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="filter">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="entries"/>
    <div class="filter">
      <label for="filter-{$name}"><xsl:value-of select="$label"/></label>
      <select id="filter-{$name}" name="{$name}" data-filter="{$name}">
        <option value="">All</option>
        <xsl:for-each select="$entries[@mentions &gt; 0]">
          <option value="{@id}"><xsl:value-of select="name"/></option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <xsl:template match="document">
    <tr data-date="{@date}" data-year="{@year}" data-persons="{@persons}" data-places="{@places}" data-orgs="{@orgs}">
      <td class="col-date">
        <xsl:choose>
          <xsl:when test="@date"><time datetime="{@date}"><xsl:value-of select="@date"/></time></xsl:when>
          <xsl:otherwise>undated</xsl:otherwise>
        </xsl:choose>
      </td>
      <td><a href="{@href}"><xsl:value-of select="title"/></a></td>
      <td><xsl:value-of select="author"/></td>
      <td class="numbers">
        <xsl:for-each select="number">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:if test="@type"><span class="number-type"><xsl:value-of select="@type"/></span><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
