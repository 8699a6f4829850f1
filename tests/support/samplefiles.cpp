#include "samplefiles.h"

#include <QStringBuilder>

namespace crossread::test {

QByteArray markdownSample()
{
    return R"MD(---
title: "Talks end early"
author: Ann Example
date: 2025-06-02
---
# Talks end *early*

The delegations met for **an hour** at the [palace](https://example.org/p).
Both sides agreed to meet again.

![a photo](photo.jpg)

- a prisoner exchange
- a memorandum &amp; a map

<div class="ad">Buy now</div>

| Side | Demand |
|------|--------|
| A    | B      |
)MD";
}

QByteArray newsPageSample()
{
    return R"HTML(<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Peace talks end after an hour | The Example Post</title>
<meta property="og:site_name" content="The Example Post">
<meta property="og:title" content="Peace talks end after an hour (OG)">
<meta name="author" content="Meta Author">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "The Example Post"},
  {"@type": "NewsArticle", "headline": "Peace talks end after an hour",
   "author": [{"@type": "Person", "name": "Ann Example"}, {"@type": "Person", "name": "Bo Writer"}],
   "datePublished": "2025-06-02T18:05:00+03:00",
   "publisher": {"@type": "Organization", "name": "Example Post Ltd"},
   "mainEntityOfPage": {"@id": "https://example.org/world/talks-end"}}]}
</script>
<style>p { color: red }</style>
<script>var tracking = "Subscribe now to read more";</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav></header>
<div class="ad-slot">Advertisement: buy this watch</div>
<main>
<article>
  <h1>Peace talks end after an hour</h1>
  <p class="byline">By Ann Example and Bo Writer</p>
  <p>The Russian and Ukrainian delegations met in Istanbul on Monday.   The talks
     lasted barely <em>an hour</em>, officials said.</p>
  <figure><img src="p.jpg"><figcaption>Photo: Agency</figcaption></figure>
  <div class="share-bar"><a>Share on social media</a></div>
  <p>Both sides agreed on a new exchange of prisoners.<br>Nothing else was agreed.</p>
  <aside class="related"><h3>Related stories</h3><a>Earlier talks collapsed</a></aside>
  <form class="newsletter">Sign up for our newsletter <input></form>
</article>
</main>
<aside><h2>Most read</h2><p>Celebrity news</p></aside>
<footer>© The Example Post. Contact us.</footer>
<noscript>Enable JavaScript</noscript>
</body></html>)HTML";
}

QByteArray plainPageSample()
{
    return R"HTML(<html><head><meta property="og:title" content="Ceasefire talk">
<meta property="og:site_name" content="Wire"><meta property="article:published_time" content="2025-05-30"></head>
<body><div id="menu"><a>Home</a> <a>Sport</a></div>
<div class="sidebar"><p>Weather: sunny with a light breeze over the city today.</p></div>
<div class="content"><h1>Ceasefire talk</h1>
<p>Negotiators from both countries arrived in the city on Sunday evening for talks.</p>
<p>They are expected to discuss a ceasefire and an exchange of prisoners of war.</p>
<p>Observers said expectations were low, given the failure of the first round.</p></div>
<div class="comments"><p>Great article! I totally agree with everything said here.</p></div>
</body></html>)HTML";
}

QByteArray wordDocumentXml(const QByteArray &body)
{
    return QByteArray(R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)XML")
        + body + "</w:body></w:document>";
}

QByteArray wordSampleBody()
{
    return R"XML(<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Talks end early</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The delegations met for </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>an hour</w:t></w:r>
<w:del><w:r><w:delText>two hours</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:r><w:t>Side</w:t><w:tab/><w:t>Demand</w:t><w:br/><w:t>A</w:t><w:tab/><w:t>B</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>Last line.</w:t></w:r></w:p>)XML";
}

QByteArray wordCoreProperties()
{
    return R"XML(<?xml version="1.0"?><cp:coreProperties
xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Talks end early</dc:title>
<dc:creator>Ann Example</dc:creator><dc:language>en-US</dc:language></cp:coreProperties>)XML";
}

QByteArray foreignQde(int start, int end)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="From elsewhere">
 <CodeBook><Codes>
  <Code guid="11111111-1111-1111-1111-111111111111" name="Topic" isCodable="true" color="#FF0000">
   <Code guid="22222222-2222-2222-2222-222222222222" name="Sub" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="33333333-3333-3333-3333-333333333333" name="Doc" plainTextPath="internal://33333333-3333-3333-3333-333333333333.txt">
   <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="%1" endPosition="%2">
    <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="66666666-6666-6666-6666-666666666666" startPosition="20" endPosition="999"/>
  </TextSource>
  <PictureSource guid="77777777-7777-7777-7777-777777777777" name="Photo"/>
 </Sources>
</Project>)")
        .arg(start)
        .arg(end)
        .toUtf8();
}

QByteArray billionLaughsDtd(const QByteArray &root)
{
    return "<!DOCTYPE " + root + R"DTD( [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
)DTD";
}

QByteArray externalEntityDtd(const QByteArray &root, const QByteArray &path)
{
    return "<!DOCTYPE " + root + R"DTD( [ <!ENTITY xxe SYSTEM "file://)DTD" + path + R"DTD("> ]>
)DTD";
}

QByteArray wordDocumentWithDtd(const QByteArray &dtd, const QByteArray &text)
{
    return R"XML(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
)XML" + dtd
        + R"XML(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Talks end early in Istanbul</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The delegations met for an hour. )XML"
        + text + "</w:t></w:r></w:p></w:body></w:document>";
}

QByteArray qdeWithDtd(const QByteArray &dtd, const QByteArray &text)
{
    return R"XML(<?xml version="1.0" encoding="utf-8"?>
)XML" + dtd
        + R"XML(<Project xmlns="urn:QDA-XML:project:1.0" name="Entities">
 <Sources>
  <TextSource guid="33333333-3333-3333-3333-333333333333" name="Doc">
   <PlainTextContent>The delegations met for an hour. )XML"
        + text + R"XML(</PlainTextContent>
  </TextSource>
 </Sources>
</Project>)XML";
}

QByteArray qdeWithSourcePath(const QByteArray &entry)
{
    return R"XML(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Traversal">
 <Sources>
  <TextSource guid="33333333-3333-3333-3333-333333333333" name="Escape" plainTextPath="internal://)XML"
        + entry + R"XML("/>
  <TextSource guid="44444444-4444-4444-4444-444444444444" name="Inside">
   <PlainTextContent>The delegations met for an hour.</PlainTextContent>
  </TextSource>
 </Sources>
</Project>)XML";
}

QByteArray assemblePdf(const QList<QByteArray> &objects, const QByteArray &trailer)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailer
        + ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace crossread::test
