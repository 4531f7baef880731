<?xml version="1.0" encoding="UTF-8"?>
<!--
  Your templates. Every page stylesheet imports this file last, so a template here wins over
  the shipped one with the same match or name (see docs/SITE.md). To use it, copy this file
  into the folder you pass to the site command as its stylesheet folder.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">
</xsl:stylesheet>
