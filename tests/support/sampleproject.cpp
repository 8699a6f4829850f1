#include "sampleproject.h"

#include <models/document.h>
#include <models/propositiongrouping.h>

using namespace Qt::StringLiterals;

namespace crossread::test {

QString emojiText()
{
    return u"Officials said 😀 talks went well.\nThe delegation 🇺🇦 met for 90 minutes 👍🏽 and agreed on a swap."_s;
}

QString combiningText()
{
    // q + dot below, a + ring + acute, Devanagari with virama: no precomposed forms.
    return u"Le ministre q\u0323 a parlé. A\u030A\u0301 la fin, क्षत्रिय disent «non».\nFin."_s;
}

QString rightToLeftText()
{
    return u"قال المتحدث إن المحادثات كانت مثمرة.\nوأضاف: «سنلتقي مجددا في 2 يونيو»."_s;
}

QString formerCrlfText()
{
    QString text = u"Line one of a Windows file.\r\nLine two.\r\n\r\nA new paragraph."_s;
    return text.replace(u"\r\n"_s, u"\n"_s);
}

std::pair<int, int> spanOf(const QString &haystack, const QString &needle)
{
    const int start = int(haystack.indexOf(needle));
    Q_ASSERT(start >= 0);
    return {start, start + int(needle.size())};
}

void populateSample(Document &document)
{
    document.setAnnotator(u"Zoë"_s);
    document.setProjectInfo({u"Sample 🧪"_s, u"Three sources, one event."_s, u"Notes\nwith two lines"_s});

    ArticleMetadata m1;
    m1.title = u"Talks in Istanbul 🤝"_s;
    m1.outlet = u"Daily Example"_s;
    m1.author = u"A. Writer"_s;
    m1.published = QDate(2025, 6, 2);
    m1.url = u"https://example.org/talks"_s;
    m1.language = u"en"_s;
    m1.labels = QStringList{u"centre"_s, u"print"_s};
    m1.inferred = quint32(ArticleField::Date) | quint32(ArticleField::Title);
    Provenance p1{u"talks.txt"_s, 1234, QByteArray(32, '\x5a'), u"txt"_s, u"UTF-8"_s, 1748800000000};
    const ArticleId a1 = document.addArticle(m1, emojiText(), p1);

    ArticleMetadata m2;
    m2.title = u"Le ministre parle"_s;
    m2.outlet = u"Le Quotidien"_s;
    m2.language = u"fr"_s;
    const ArticleId a2 = document.addArticle(m2, combiningText(), {});

    ArticleMetadata m3;
    m3.title = u"المحادثات"_s;
    m3.outlet = u"الجريدة"_s;
    m3.language = u"ar"_s;
    const ArticleId a3 = document.addArticle(m3, rightToLeftText(), {});
    document.addArticle({}, formerCrlfText(), {u"windows.txt"_s, 60, {}, u"txt"_s, u"windows-1252"_s, 0});

    const TagId events = document.addTag({NoId, NoId, u"Event"_s, 0xff3366cc, u"What happened"_s, u"1"_s});
    const TagId numbers = document.addTag({NoId, NoId, u"Number"_s, 0xffcc6633, {}, u"2"_s});
    const TagId meeting = document.addTag({NoId, events, u"Meeting"_s, 0xff33aa66, {}, {}});

    const auto [s1, e1] = spanOf(emojiText(), u"😀 talks went well"_s);
    const ClaimId c1 = document.addClaim(
        a1, s1, e1,
        {{events}, ClaimKind::Fact, u"Officials"_s, VerificationStatus::Supported, Confidence::High, u"📝 note"_s});
    const auto [s2, e2] = spanOf(emojiText(), u"met for 90 minutes 👍🏽"_s);
    const ClaimId c2 = document.addClaim(
        a1, s2, e2, {{numbers, meeting}, ClaimKind::Statistic, {}, VerificationStatus::Disputed, Confidence::Low, {}});
    const auto [s3, e3] = spanOf(combiningText(), u"q\u0323 a parlé"_s);
    const ClaimId c3 = document.addClaim(a2, s3, e3, {{events}, ClaimKind::Quotation, u"Le ministre"_s, {}, {}, {}});
    const auto [s4, e4] = spanOf(rightToLeftText(), u"سنلتقي مجددا في 2 يونيو"_s);
    const ClaimId c4 = document.addClaim(a3, s4, e4, {{meeting}, ClaimKind::Prediction, u"المتحدث"_s, {}, {}, {}});

    document.addLink(c1, c3, Relation::Same, u"same event"_s);
    document.addLink(c2, c4, Relation::Differs, {});
    document.addLink(c3, c4, Relation::Related, {});
    document.setProposition(propositionOf(document.project(), c1)->id, u"Talks went well"_s, {});
}

Project sampleProjectAt(qint64 ms)
{
    Document doc;
    populateSample(doc);
    Project p = doc.project();
    for (Claim &c : p.claims)
        c.createdMs = c.modifiedMs = ms;
    for (Link &l : p.links)
        l.createdMs = l.modifiedMs = ms;
    return p;
}

} // namespace crossread::test
