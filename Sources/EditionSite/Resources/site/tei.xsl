<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 (as tei-edition writes it) to HTML: the document's header, its text with every
  mention marked (id = the TEI xml:id, the normalized value in data-tip, shown on hover and on
  keyboard focus), editorial insertions by kind with their brackets for the diplomatic view,
  the legend from the editorialDecl, the names of the document linked to the registers.
  Every text and attribute is written by XSLT, which escapes it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- $root, $site-title and $page come from layout.xsl. -->
  <xsl:param name="document-id" select="''"/>
  <xsl:param name="tei-href" select="''"/>
  <xsl:param name="tei-name" select="''"/>
  <xsl:param name="prev-href" select="''"/>
  <xsl:param name="prev-title" select="''"/>
  <xsl:param name="next-href" select="''"/>
  <xsl:param name="next-title" select="''"/>

  <xsl:strip-space elements="tei:TEI tei:text tei:body tei:div tei:list tei:standOff tei:listPerson tei:listPlace tei:listOrg tei:person tei:place tei:org"/>

  <xsl:key name="entity" match="tei:person | tei:place | tei:org" use="@xml:id"/>
  <xsl:decimal-format name="quantity" grouping-separator="," decimal-separator="."/>

  <!-- ============================== the page ============================== -->

  <xsl:template match="tei:TEI" mode="document">
    <article class="document" aria-labelledby="document-title">
      <header class="document-header">
        <h1 id="document-title"><xsl:value-of select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/></h1>
        <xsl:apply-templates select="tei:teiHeader" mode="metadata"/>
      </header>
      <div class="document-body">
        <section class="text-column" aria-label="Text">
          <xsl:call-template name="view-switch"/>
          <div id="edition-text" class="edition-text view-reading">
            <xsl:apply-templates select="tei:text"/>
          </div>
        </section>
        <xsl:call-template name="legend"/>
      </div>
      <xsl:call-template name="document-entities"/>
      <xsl:call-template name="pager"/>
    </article>
  </xsl:template>

  <xsl:template match="tei:teiHeader" mode="metadata">
    <dl class="metadata">
      <xsl:for-each select="tei:fileDesc/tei:titleStmt/tei:author">
        <dt>Author</dt>
        <dd><xsl:value-of select="normalize-space(.)"/></dd>
      </xsl:for-each>
      <xsl:for-each select="tei:profileDesc/tei:creation/tei:date">
        <dt>Date</dt>
        <dd><xsl:call-template name="header-date"/></dd>
      </xsl:for-each>
      <xsl:for-each select="tei:fileDesc/tei:sourceDesc/tei:bibl">
        <dt>Source</dt>
        <dd><xsl:apply-templates mode="header"/></dd>
      </xsl:for-each>
      <xsl:if test="tei:profileDesc/tei:textClass/tei:keywords/tei:term">
        <dt>Keywords</dt>
        <dd>
          <xsl:for-each select="tei:profileDesc/tei:textClass/tei:keywords/tei:term">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:for-each>
        </dd>
      </xsl:if>
      <xsl:if test="$tei-href != ''">
        <dt>TEI P5</dt>
        <dd><a class="tei-link" href="{$tei-href}" type="application/tei+xml"><xsl:value-of select="$tei-name"/></a></dd>
      </xsl:if>
    </dl>
    <xsl:for-each select="tei:profileDesc/tei:abstract">
      <div class="abstract">
        <h2>Summary</h2>
        <xsl:for-each select="tei:p"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
      </div>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="header-date">
    <xsl:choose>
      <xsl:when test="@when"><time datetime="{@when}"><xsl:value-of select="normalize-space(.)"/></time></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:title" mode="header"><cite><xsl:apply-templates mode="header"/></cite></xsl:template>

  <xsl:template name="view-switch">
    <!-- Shown by site.js; without JavaScript the reading text stays, complete. -->
    <div class="view-switch" role="group" aria-label="Text view" hidden="hidden" data-target="edition-text">
      <button type="button" data-view="reading" aria-pressed="true">Reading text</button>
      <button type="button" data-view="diplomatic" aria-pressed="false">Diplomatic view [brackets]</button>
    </div>
  </xsl:template>

  <xsl:template name="pager">
    <xsl:if test="$prev-href != '' or $next-href != ''">
      <nav class="pager" aria-label="Previous and next document">
        <xsl:if test="$prev-href != ''">
          <a class="prev" rel="prev" href="{$prev-href}"><span class="pager-label">Previous: </span><xsl:value-of select="$prev-title"/></a>
        </xsl:if>
        <xsl:if test="$next-href != ''">
          <a class="next" rel="next" href="{$next-href}"><span class="pager-label">Next: </span><xsl:value-of select="$next-title"/></a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- ============================== structure ============================== -->

  <xsl:template match="tei:text"><xsl:apply-templates select="tei:front | tei:body | tei:back"/></xsl:template>
  <xsl:template match="tei:front | tei:body | tei:back"><xsl:apply-templates/></xsl:template>

  <xsl:template match="tei:div">
    <section class="div"><xsl:if test="@type"><xsl:attribute name="class"><xsl:value-of select="concat('div div-', @type)"/></xsl:attribute></xsl:if>
      <xsl:if test="@type = 'document' and count(../tei:div[@type = 'document']) &gt; 1">
        <p class="div-label">Document <xsl:value-of select="@n"/></p>
      </xsl:if>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div)"/>
    <xsl:element name="{concat('h', substring('234566666', $depth, 1))}">
      <xsl:attribute name="class">head</xsl:attribute>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p">
    <p>
      <xsl:if test="@n">
        <xsl:attribute name="class">numbered</xsl:attribute>
        <xsl:attribute name="data-n"><xsl:value-of select="@n"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:ab">
    <p class="ab"><xsl:if test="@type"><xsl:attribute name="class"><xsl:value-of select="concat('ab ab-', @type)"/></xsl:attribute></xsl:if><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:list"><ul class="list"><xsl:if test="@type"><xsl:attribute name="class"><xsl:value-of select="concat('list list-', @type)"/></xsl:attribute></xsl:if><xsl:apply-templates/></ul></xsl:template>
  <xsl:template match="tei:item"><li><xsl:apply-templates/></li></xsl:template>

  <xsl:template match="tei:opener | tei:closer">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:salute | tei:signed | tei:dateline">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>
  <xsl:template match="tei:hi[@rend = 'superscript']"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="tei:hi[@rend = 'subscript']"><sub><xsl:apply-templates/></sub></xsl:template>
  <xsl:template match="tei:hi[@rend = 'italic']"><i><xsl:apply-templates/></i></xsl:template>
  <xsl:template match="tei:hi"><span class="hi"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:roleName"><span class="role-name"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:text//tei:title"><cite><xsl:apply-templates/></cite></xsl:template>

  <!-- ============================== mentions ============================== -->

  <xsl:template name="id">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- A mention: a link (to its register entry) when it holds nothing focusable, else a
       focusable span; HTML allows neither links nor tabindex inside a link. -->
  <xsl:template name="mention">
    <xsl:param name="class"/>
    <xsl:param name="tip"/>
    <xsl:param name="href" select="''"/>
    <xsl:param name="element" select="'span'"/>
    <xsl:param name="datetime" select="''"/>
    <xsl:choose>
      <xsl:when test="$href != '' and not(.//tei:persName | .//tei:placeName | .//tei:orgName | .//tei:rs | .//tei:date | .//tei:time | .//tei:measure | .//tei:num | .//tei:idno | .//tei:gap[not(tei:desc)])">
        <a class="{$class}" href="{$href}" data-tip="{$tip}">
          <xsl:call-template name="id"/>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{$element}">
          <xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute>
          <xsl:call-template name="id"/>
          <xsl:if test="$datetime != ''"><xsl:attribute name="datetime"><xsl:value-of select="$datetime"/></xsl:attribute></xsl:if>
          <xsl:attribute name="tabindex">0</xsl:attribute>
          <xsl:attribute name="data-tip"><xsl:value-of select="$tip"/></xsl:attribute>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:rs[@type = 'person' or @type = 'place' or @type = 'org']">
    <xsl:variable name="kind">
      <xsl:choose>
        <xsl:when test="self::tei:persName">person</xsl:when>
        <xsl:when test="self::tei:placeName">place</xsl:when>
        <xsl:when test="self::tei:orgName">org</xsl:when>
        <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="starts-with(@ref, '#')"><xsl:value-of select="substring-before(concat(substring(@ref, 2), ' '), ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="substring-before(concat(@ref, ' '), ' ')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="page">
      <xsl:choose>
        <xsl:when test="$kind = 'person'">persons.html</xsl:when>
        <xsl:when test="$kind = 'place'">places.html</xsl:when>
        <xsl:otherwise>organisations.html</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="mention">
      <xsl:with-param name="class" select="concat('mention ', $kind)"/>
      <xsl:with-param name="tip"><xsl:call-template name="entity-tip"><xsl:with-param name="kind" select="$kind"/><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="href"><xsl:if test="$id != ''"><xsl:value-of select="concat($root, $page, '#', $id)"/></xsl:if></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="entity-tip">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:variable name="entry" select="key('entity', $id)[1]"/>
    <xsl:variable name="names" select="$entry/tei:persName | $entry/tei:placeName | $entry/tei:orgName"/>
    <xsl:choose>
      <xsl:when test="$kind = 'person'">Person: </xsl:when>
      <xsl:when test="$kind = 'place'">Place: </xsl:when>
      <xsl:otherwise>Organisation: </xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$names[not(@type)]"><xsl:value-of select="normalize-space($names[not(@type)][1])"/></xsl:when>
      <xsl:when test="$names"><xsl:value-of select="normalize-space($names[1])"/></xsl:when>
      <xsl:when test="$id != ''"><xsl:value-of select="$id"/></xsl:when>
      <xsl:otherwise>not identified</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@type = 'pseudonym' or @subtype = 'pseudonym'"> (pseudonym)</xsl:if>
    <xsl:if test="@cert = 'low'"> (uncertain)</xsl:if>
  </xsl:template>

  <xsl:template match="tei:date | tei:time">
    <xsl:variable name="value">
      <xsl:choose>
        <xsl:when test="@when"><xsl:value-of select="@when"/></xsl:when>
        <xsl:when test="@from and @to"><xsl:value-of select="concat(@from, ' – ', @to)"/></xsl:when>
        <xsl:when test="@from"><xsl:value-of select="concat('from ', @from)"/></xsl:when>
        <xsl:when test="@to"><xsl:value-of select="concat('until ', @to)"/></xsl:when>
        <xsl:when test="@notBefore or @notAfter"><xsl:value-of select="concat(@notBefore, ' – ', @notAfter)"/></xsl:when>
        <xsl:otherwise>not normalized</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="mention">
      <xsl:with-param name="class" select="concat('mention ', local-name())"/>
      <xsl:with-param name="tip">
        <xsl:choose><xsl:when test="self::tei:time">Time: </xsl:when><xsl:otherwise>Date: </xsl:otherwise></xsl:choose>
        <xsl:value-of select="$value"/>
      </xsl:with-param>
      <xsl:with-param name="element"><xsl:choose><xsl:when test="@when">time</xsl:when><xsl:otherwise>span</xsl:otherwise></xsl:choose></xsl:with-param>
      <xsl:with-param name="datetime" select="string(@when)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:measure">
    <xsl:call-template name="mention">
      <xsl:with-param name="class" select="'mention quantity'"/>
      <xsl:with-param name="tip">
        <xsl:text>Quantity: </xsl:text>
        <xsl:call-template name="number"><xsl:with-param name="value" select="@quantity"/></xsl:call-template>
        <xsl:if test="@unit and @unit != 'count'"><xsl:value-of select="concat(' ', @unit)"/></xsl:if>
        <xsl:if test="@commodity"><xsl:value-of select="concat(' × ', @commodity)"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:num">
    <xsl:call-template name="mention">
      <xsl:with-param name="class" select="'mention quantity number'"/>
      <xsl:with-param name="tip">
        <xsl:text>Number: </xsl:text>
        <xsl:call-template name="number"><xsl:with-param name="value" select="@value"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A number inside a measure is part of that quantity, not a mention of its own. -->
  <xsl:template match="tei:measure//tei:num"><span class="num"><xsl:call-template name="id"/><xsl:apply-templates/></span></xsl:template>

  <xsl:template name="number">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string(number($value)) != 'NaN'"><xsl:value-of select="format-number($value, '#,##0.##########', 'quantity')"/></xsl:when>
      <xsl:when test="string($value) != ''"><xsl:value-of select="$value"/></xsl:when>
      <xsl:otherwise>not normalized</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:idno | tei:rs[@type = 'idno']">
    <xsl:variable name="type" select="(@subtype | self::tei:idno/@type)[1]"/>
    <xsl:call-template name="mention">
      <xsl:with-param name="class" select="'mention idno'"/>
      <xsl:with-param name="tip">
        <xsl:text>Document number</xsl:text>
        <xsl:if test="$type"><xsl:value-of select="concat(' (', $type, ')')"/></xsl:if>
        <xsl:value-of select="concat(': ', normalize-space(.))"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================== editorial ============================== -->

  <!-- Brackets are the transcription's own; the reading view hides them (style.css). -->
  <xsl:template name="bracketed">
    <span class="bracket">[</span>
    <xsl:apply-templates/>
    <span class="bracket">]</span>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <span class="editorial supplied"><xsl:call-template name="id"/><xsl:call-template name="bracketed"/></span>
  </xsl:template>

  <xsl:template match="tei:note">
    <xsl:variable name="block" select="parent::tei:div or parent::tei:body"/>
    <xsl:element name="{substring('divspan', 1 + 3 * number(not($block)), 3 + number(not($block)))}">
      <xsl:attribute name="class">
        <xsl:text>editorial note</xsl:text>
        <xsl:if test="@type"><xsl:value-of select="concat(' note-', @type)"/></xsl:if>
        <xsl:if test=".//tei:stamp"> has-stamp</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="id"/>
      <xsl:call-template name="bracketed"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:stamp"><span class="stamp"><xsl:apply-templates/></span></xsl:template>

  <xsl:template match="tei:gap[tei:desc]">
    <span class="editorial gap gap-{@reason}"><xsl:call-template name="id"/><xsl:call-template name="bracketed"/></span>
  </xsl:template>
  <xsl:template match="tei:desc"><xsl:apply-templates/></xsl:template>

  <!-- An illegible passage: the transcription's question marks, one per character. -->
  <xsl:template match="tei:gap">
    <xsl:variable name="count">
      <xsl:choose>
        <xsl:when test="@unit = 'chars' and number(@quantity) &gt; 0"><xsl:value-of select="number(@quantity)"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span class="editorial gap illegible" tabindex="0">
      <xsl:call-template name="id"/>
      <xsl:attribute name="data-tip">
        <xsl:text>Illegible</xsl:text>
        <xsl:if test="@unit = 'chars' and @quantity"><xsl:value-of select="concat(': ', @quantity, ' character', substring('s', 1, number(@quantity != 1)))"/></xsl:if>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$count &lt;= 40"><xsl:value-of select="substring('????????????????????????????????????????', 1, $count)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('?×', $count)"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:choice">
    <span class="choice"><xsl:call-template name="id"/><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:choice/text()"><span class="choice-space"><xsl:value-of select="."/></span></xsl:template>
  <xsl:template match="tei:abbr">
    <abbr class="abbr" title="{normalize-space(../tei:expan)}"><xsl:apply-templates/></abbr>
  </xsl:template>
  <xsl:template match="tei:expan">
    <span class="editorial expan"><xsl:call-template name="id"/><xsl:call-template name="bracketed"/></span>
  </xsl:template>

  <!-- ============================== legend ============================== -->

  <xsl:template name="legend">
    <xsl:variable name="text" select="tei:text"/>
    <aside class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <dl class="legend-keys">
        <xsl:if test="$text//tei:persName | $text//tei:rs[@type = 'person']">
          <dt><span class="mention person">Name</span></dt><dd>Person; links to the register</dd>
        </xsl:if>
        <xsl:if test="$text//tei:placeName | $text//tei:rs[@type = 'place']">
          <dt><span class="mention place">Place</span></dt><dd>Place; links to the register</dd>
        </xsl:if>
        <xsl:if test="$text//tei:orgName | $text//tei:rs[@type = 'org']">
          <dt><span class="mention org">Body</span></dt><dd>Organisation; links to the register</dd>
        </xsl:if>
        <xsl:if test="$text//tei:date | $text//tei:time">
          <dt><span class="mention date">Date</span></dt><dd>Date or time, with its ISO 8601 value</dd>
        </xsl:if>
        <xsl:if test="$text//tei:measure | $text//tei:num">
          <dt><span class="mention quantity">10</span></dt><dd>Quantity, with its value and unit</dd>
        </xsl:if>
        <xsl:if test="$text//tei:idno | $text//tei:rs[@type = 'idno']">
          <dt><span class="mention idno">N° 1</span></dt><dd>Document number</dd>
        </xsl:if>
        <xsl:if test="$text//tei:supplied">
          <dt><span class="editorial supplied"><span class="bracket">[</span>word<span class="bracket">]</span></span></dt><dd>Supplied by the editors</dd>
        </xsl:if>
        <xsl:if test="$text//tei:note[not(.//tei:stamp)]">
          <dt><span class="editorial note"><span class="bracket">[</span>note<span class="bracket">]</span></span></dt><dd>Editorial note</dd>
        </xsl:if>
        <xsl:if test="$text//tei:stamp">
          <dt><span class="editorial note has-stamp"><span class="bracket">[</span><span class="stamp">stamp</span><span class="bracket">]</span></span></dt><dd>Description of a stamp</dd>
        </xsl:if>
        <xsl:if test="$text//tei:gap[tei:desc]">
          <dt><span class="editorial gap"><span class="bracket">[</span>signature<span class="bracket">]</span></span></dt><dd>Something not transcribed, described</dd>
        </xsl:if>
        <xsl:if test="$text//tei:gap[not(tei:desc)]">
          <dt><span class="editorial gap illegible">??</span></dt><dd>Illegible characters</dd>
        </xsl:if>
        <xsl:if test="$text//tei:expan">
          <dt><span class="editorial expan"><span class="bracket">[</span>expansion<span class="bracket">]</span></span></dt><dd>Expansion of an abbreviation</dd>
        </xsl:if>
      </dl>
      <p class="legend-hint">Hover over or focus a marked word to see its normalized value.</p>
      <xsl:for-each select="tei:teiHeader/tei:encodingDesc/tei:editorialDecl[tei:p]">
        <details class="editorial-decl">
          <summary>Editorial principles</summary>
          <xsl:for-each select="tei:p"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
        </details>
      </xsl:for-each>
    </aside>
  </xsl:template>

  <!-- ============================== names of the document ============================== -->

  <xsl:template name="document-entities">
    <xsl:variable name="standOff" select="tei:standOff"/>
    <xsl:if test="$standOff//tei:person[@xml:id] | $standOff//tei:place[@xml:id] | $standOff//tei:org[@xml:id]">
      <section class="document-entities" aria-labelledby="entities-title">
        <h2 id="entities-title">Names in this document</h2>
        <xsl:call-template name="entity-list">
          <xsl:with-param name="entries" select="$standOff//tei:person[@xml:id]"/>
          <xsl:with-param name="label" select="'Persons'"/>
          <xsl:with-param name="page" select="'persons.html'"/>
        </xsl:call-template>
        <xsl:call-template name="entity-list">
          <xsl:with-param name="entries" select="$standOff//tei:place[@xml:id]"/>
          <xsl:with-param name="label" select="'Places'"/>
          <xsl:with-param name="page" select="'places.html'"/>
        </xsl:call-template>
        <xsl:call-template name="entity-list">
          <xsl:with-param name="entries" select="$standOff//tei:org[@xml:id]"/>
          <xsl:with-param name="label" select="'Organisations'"/>
          <xsl:with-param name="page" select="'organisations.html'"/>
        </xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="entity-list">
    <xsl:param name="entries"/>
    <xsl:param name="label"/>
    <xsl:param name="page"/>
    <xsl:if test="$entries">
      <div class="entity-group">
        <h3><xsl:value-of select="$label"/></h3>
        <ul>
          <xsl:for-each select="$entries">
            <xsl:sort select="translate(normalize-space((tei:persName | tei:placeName | tei:orgName)[not(@type)][1]), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
            <xsl:sort select="@xml:id"/>
            <li><a href="{$root}{$page}#{@xml:id}"><xsl:value-of select="normalize-space((tei:persName | tei:placeName | tei:orgName)[not(@type)][1])"/></a></li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
