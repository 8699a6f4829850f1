#include "report.h"

#include "reportwriter_p.h"

#include <models/agreement.h>
#include <models/comparisonmatrix.h>
#include <models/longworkpool.h>
#include <models/propositiongrouping.h>
#include <models/vocabulary.h>

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace crossread {
using namespace report_detail;
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::Report)
};

/// Up to this many sources, a proposition's table has a row for each,
/// omissions included; beyond, only those that report it, and a count.
constexpr qsizetype kMaxSourcesSideBySide = 12;

const char *const kSectionKeys[]
    = {"cover", "propositions", "sources", "tags", "verification", "charts", "appendix", "agreement"};

/// Says the report to a writer, section by section.
class ReportBuilder
{
public:
    ReportBuilder(const ExportSelection &s, const ReportOptions &o, ReportWriter &w)
        : m_s(s)
        , m_o(o)
        , m_w(w)
        , m_p(s.project())
    {
        for (const Article *a : s.articles())
            m_chosenArticles.insert(a->id);
        for (const Claim *c : s.claims()) {
            m_chosenClaims.insert(c->id);
            m_claimsOf[c->article] << c;
        }
        m_byDate = s.articles();
        std::stable_sort(m_byDate.begin(), m_byDate.end(), [](const Article *x, const Article *y) {
            const bool xd = x->meta.published.isValid(), yd = y->meta.published.isValid();
            if (xd != yd)
                return xd;
            if (x->meta.published != y->meta.published)
                return x->meta.published < y->meta.published;
            return x->meta.outlet < y->meta.outlet;
        });
        int n = 0;
        for (const Article *a : s.articles()) {
            for (const Claim *c : m_claimsOf.value(a->id))
                m_number.insert(c->id, ++n);
        }
    }

    void build()
    {
        m_w.begin(m_p.info.title.isEmpty() ? Tr::tr("Crossread report") : m_p.info.title);
        if (m_o.progress) { // a step per section, and one per annotated text
            const bool texts = m_o.sections.contains(ReportSection::Sources);
            m_o.progress->total = int(m_o.sections.size()) - (texts ? 1 : 0) + (texts ? int(m_s.articles().size()) : 0);
        }
        QFuture<QString> sourcesText;
        qsizetype sourcesAt = -1;
        for (ReportSection section : m_o.sections) {
            if (stopped())
                break;
            if (section != ReportSection::Sources && m_o.progress)
                m_o.progress->done++; // counted as it starts: the bar moves at once
            switch (section) {
            case ReportSection::Cover:
                cover();
                break;
            case ReportSection::Propositions:
                propositions();
                break;
            case ReportSection::Sources: {
                // The longest section, written on another thread meanwhile
                // and put in its place at the end.
                m_w.closeSection();
                sourcesAt = m_w.text().size();
                sourcesText = QtConcurrent::run(longWorkPool(), [this] {
                    const std::unique_ptr<ReportWriter> writer = m_w.fresh();
                    ReportBuilder(m_s, m_o, *writer).sources();
                    writer->closeSection();
                    return writer->text();
                });
                break;
            }
            case ReportSection::ClaimsByTag:
                claimsByTag();
                break;
            case ReportSection::Verification:
                verification();
                break;
            case ReportSection::Charts:
                charts();
                break;
            case ReportSection::Appendix:
                appendix();
                break;
            case ReportSection::Agreement:
                agreement();
                break;
            }
        }
        m_w.closeSection();
        if (sourcesAt >= 0)
            m_w.insertText(sourcesAt, sourcesText.result());
        m_w.end();
    }

private:
    bool stopped() const { return m_o.progress && m_o.progress->isCancelled(); }
    QString sourceOf(ArticleId id) const
    {
        const Article *a = m_s.article(id);
        return a ? a->sourceName() : QString();
    }
    QString tagNames(const Claim &c) const
    {
        QStringList names;
        for (TagId t : c.attributes.tags)
            names << m_s.tagPath(t);
        return names.join(u", ");
    }
    QString noteOf(const Claim &c) const
    {
        // Built by hand: a report has a note per claim, and arg() parsing
        // was a fifth of the time of the annotated texts.
        QString note = u"“"_s + shortForm(c.anchor.quote, 160) + u"”"_s;
        const auto add = [&](const QString &label, const QString &value) { note += u" · "_s + label + u' ' + value; };
        if (!c.attributes.tags.isEmpty())
            add(m_labels[0], tagNames(c));
        if (c.attributes.kind != ClaimKind::Unspecified)
            add(m_labels[1], labelOf(c.attributes.kind));
        if (!c.attributes.attributedTo.isEmpty())
            add(m_labels[2], c.attributes.attributedTo);
        add(m_labels[3], labelOf(c.attributes.status));
        if (!c.attributes.note.isEmpty())
            add(m_labels[4], c.attributes.note);
        const QString who = m_s.annotator(c.author);
        if (!who.isEmpty())
            add(m_labels[5], who);
        return note;
    }

    void cover()
    {
        m_w.section(u"cover"_s, reportSectionLabel(ReportSection::Cover));
        if (!m_p.info.description.isEmpty())
            m_w.paragraph(m_p.info.description);
        m_w.paragraph(Tr::tr("Report of %1 — %n source(s), %2 claims, %3 links.", nullptr, int(m_s.articles().size()))
                          .arg(m_o.madeAt.date().toString(Qt::ISODate))
                          .arg(m_s.claims().size())
                          .arg(m_s.links().size()));
        QList<QStringList> rows;
        for (const Article *a : m_s.articles())
            rows << QStringList{a->meta.outlet,
                                a->displayTitle(),
                                a->meta.author,
                                a->meta.published.isValid() ? a->meta.published.toString(Qt::ISODate) : QString(),
                                a->meta.url,
                                a->meta.language,
                                QString::fromLatin1(a->provenance.sha256.toHex())};
        m_w.table({Tr::tr("Outlet"), Tr::tr("Title"), Tr::tr("Author"), Tr::tr("Date"), Tr::tr("URL"),
                   Tr::tr("Language"), Tr::tr("SHA-256 of the original file")},
                  rows);
    }

    void propositions()
    {
        m_w.section(u"propositions"_s, reportSectionLabel(ReportSection::Propositions));
        // The propositions with a chosen claim. (Not the comparison matrix:
        // with thousands of sources its dense cells cost more than the rest.)
        QList<const Proposition *> chosen;
        for (const Proposition &prop : m_p.propositions) {
            if (std::any_of(prop.claims.begin(), prop.claims.end(),
                            [&](ClaimId c) { return m_chosenClaims.contains(c); }))
                chosen << &prop;
        }
        const std::vector<QList<Stance>> stances = stancesOf(m_p, chosen);
        // Finding discrepancies reads every claim's values: in parallel.
        const std::vector<QList<Discrepancy>> discrepancies
            = QtConcurrent::blockingMapped<std::vector<QList<Discrepancy>>>(
                longWorkPool(), chosen, [this](const Proposition *prop) {
                    // Among the chosen claims only: a source left out takes no part.
                    QList<ClaimFacts> facts = factsOf(m_p, *prop);
                    facts.removeIf([this](const ClaimFacts &f) { return !m_chosenClaims.contains(f.claim); });
                    return findDiscrepancies(facts);
                });
        const QList<const Article *> columns = m_byDate;
        for (qsizetype r = 0; r < chosen.size(); ++r) {
            const Proposition *prop = chosen[r];
            m_w.subheading(u"p%1"_s.arg(prop->id), propositionLabel(m_p, *prop));
            if (!prop->note.isEmpty())
                m_w.paragraph(prop->note);
            // Each article's claims in it, and the strongest stance among them.
            QHash<ArticleId, std::pair<QStringList, Stance>> cells;
            for (qsizetype i = 0; i < prop->claims.size(); ++i) {
                const ClaimId id = prop->claims[i];
                const Claim *claim = m_s.claim(id);
                if (!claim || !m_chosenClaims.contains(id))
                    continue;
                auto &cell = cells[claim->article];
                if (cell.first.isEmpty())
                    cell.second = Stance::Asserts;
                cell.first << u"“"_s + claim->anchor.quote + u"” ["_s + QString::number(m_number.value(id)) + u"]"_s;
                cell.second = std::max(cell.second, stances[size_t(r)].value(i, Stance::Asserts));
            }
            QList<QStringList> rows;
            QStringList omittedBy;
            qsizetype omissions = 0;
            for (const Article *a : columns) {
                const auto cell = cells.constFind(a->id);
                if (cell == cells.constEnd()) {
                    // Side by side when few sources; counted when many.
                    if (columns.size() <= kMaxSourcesSideBySide)
                        rows << QStringList{a->sourceName(), omittedText(), QString()};
                    if (++omissions <= kMaxSourcesSideBySide)
                        omittedBy << a->sourceName();
                    continue;
                }
                rows << QStringList{a->sourceName(), cell->first.join(u"\n"), stanceLabel(cell->second)};
            }
            if (omissions > omittedBy.size())
                omittedBy << Tr::tr("and %n other source(s)", nullptr, int(omissions - omittedBy.size()));
            for (const Discrepancy &d : discrepancies[size_t(r)]) {
                QStringList values;
                for (const auto &v : d.values)
                    values << sourceOf(findById(m_p.claims, v.claim)->article) + u": "_s
                            + distinctTexts(v.mentions).join(u", ");
                rows << QStringList{Tr::tr("Differs (%1)").arg(mentionKindKey(d.kind)), u"≠ "_s + values.join(u" | "),
                                    QString()};
            }
            m_w.table({Tr::tr("Source"), Tr::tr("What it says"), Tr::tr("Stance")}, rows);
            if (!omittedBy.isEmpty())
                m_w.paragraph(Tr::tr("Not reported by: %1.").arg(omittedBy.join(u", ")));
        }
        if (chosen.isEmpty())
            m_w.paragraph(Tr::tr("No proposition: link claims of different sources to make one."));
    }

    void sources()
    {
        m_w.section(u"texts"_s, reportSectionLabel(ReportSection::Sources));
        for (const Article *a : m_s.articles()) {
            if (stopped())
                return;
            if (m_o.progress)
                m_o.progress->done++;
            m_w.subheading(u"a%1"_s.arg(a->id), a->sourceName() + u" — "_s + a->displayTitle());
            QList<Highlight> highlights;
            QList<std::pair<int, QString>> notes;
            for (const Claim *c : m_claimsOf.value(a->id)) {
                QRgb color = 0xff888888;
                if (!c->attributes.tags.isEmpty())
                    if (const Tag *t = findById(m_p.tags, c->attributes.tags.front()))
                        color = t->color;
                highlights.append({c, m_number.value(c->id), color});
                notes.append({int(c->id), u"["_s + QString::number(m_number.value(c->id)) + u"] "_s + noteOf(*c)});
            }
            m_w.annotatedText(a->text, highlights);
            m_w.notes(notes, u"n"_s);
        }
    }

    void claimsByTag()
    {
        m_w.section(u"tags"_s, reportSectionLabel(ReportSection::ClaimsByTag));
        QHash<TagId, QList<QStringList>> rowsOf;
        for (const Claim *c : m_s.claims()) {
            for (TagId t : c->attributes.tags)
                rowsOf[t] << QStringList{u"["_s + QString::number(m_number.value(c->id)) + u"]"_s, sourceOf(c->article),
                                         c->anchor.quote, labelOf(c->attributes.status)};
        }
        for (const Tag &t : m_p.tags) {
            const QList<QStringList> rows = rowsOf.value(t.id);
            if (rows.isEmpty())
                continue;
            m_w.subheading(u"t%1"_s.arg(t.id), m_s.tagPath(t.id) + u" (%1)"_s.arg(rows.size()));
            m_w.table({Tr::tr("Note"), Tr::tr("Source"), Tr::tr("Claim"), Tr::tr("Status")}, rows);
        }
    }

    void verification()
    {
        m_w.section(u"verification"_s, reportSectionLabel(ReportSection::Verification));
        QStringList headers{Tr::tr("Source")};
        const QList<VerificationStatus> statuses = allValues<VerificationStatus>();
        for (VerificationStatus st : statuses)
            headers << labelOf(st);
        headers << Tr::tr("Total");
        QList<QStringList> rows;
        QList<int> totals(statuses.size() + 1, 0);
        for (const Article *a : m_s.articles()) {
            QStringList row{a->sourceName()};
            int all = 0;
            const QList<const Claim *> claims = m_claimsOf.value(a->id);
            for (qsizetype i = 0; i < statuses.size(); ++i) {
                const auto n = int(std::count_if(claims.begin(), claims.end(),
                                                 [&](const Claim *c) { return c->attributes.status == statuses[i]; }));
                row << QString::number(n);
                totals[i] += n;
                all += n;
            }
            totals.last() += all;
            rows << (row << QString::number(all));
        }
        QStringList total{Tr::tr("All sources")};
        for (int n : std::as_const(totals))
            total << QString::number(n);
        rows << total;
        m_w.table(headers, rows);
    }

    void charts()
    {
        m_w.section(u"charts"_s, reportSectionLabel(ReportSection::Charts));
        QList<Bar> perTag;
        for (const Article *a : m_s.articles()) {
            Bar bar{a->sourceName(), {}};
            QHash<TagId, int> counts;
            for (const Claim *c : m_claimsOf.value(a->id)) {
                for (TagId t : c->attributes.tags)
                    ++counts[t];
            }
            for (const Tag &t : m_p.tags) {
                if (const int n = counts.value(t.id); n > 0)
                    bar.parts.append({double(n), t.color, m_s.tagPath(t.id)});
            }
            perTag << bar;
        }
        m_w.chart(Tr::tr("Claims per tag per source"), perTag, QString());
        // In how many propositions each article has a claim.
        QHash<ArticleId, int> reportedBy;
        for (const Proposition &prop : m_p.propositions) {
            QSet<ArticleId> articles;
            for (ClaimId id : prop.claims) {
                if (const Claim *c = m_s.claim(id))
                    articles.insert(c->article);
            }
            for (ArticleId a : std::as_const(articles))
                ++reportedBy[a];
        }
        const auto total = double(m_p.propositions.size());
        QList<Bar> coverage;
        for (const Article *a : std::as_const(m_byDate)) {
            const double percent = total == 0 ? 0 : std::round(100.0 * reportedBy.value(a->id) / total);
            coverage << Bar{a->sourceName(), {{percent, 0xff3d7ed6, QString()}}};
        }
        m_w.chart(Tr::tr("Coverage of propositions per source (%)"), coverage, u" %"_s);
    }

    /// Only for two annotators or more; names none of them (a report may
    /// leave annotators out).
    void agreement()
    {
        const AgreementReport r = measureAgreement(m_p);
        if (r.annotators.size() < 2)
            return;
        m_w.section(u"agreement"_s, reportSectionLabel(ReportSection::Agreement));
        m_w.paragraph(Tr::tr("%1 annotators; %2 articles tagged by two or more of them. Alpha is Krippendorff's "
                             "alpha for nominal values, kappa Cohen's (two annotators only): 1 is full agreement, 0 "
                             "what chance gives. Tags are compared per character of those articles, characters no one "
                             "tagged included; verification status on claims whose spans overlap by half or more; "
                             "links on the pairs of such claims someone linked.")
                          .arg(r.annotators.size())
                          .arg(r.articles));
        QList<QStringList> rows;
        for (const AgreementFigure &f : r.figures())
            rows << figureCells(f, QLocale::c());
        m_w.table({Tr::tr("What"), Tr::tr("Alpha"), Tr::tr("Kappa"), Tr::tr("Agreed"), Tr::tr("Units")}, rows);
    }

    void appendix()
    {
        m_w.section(u"appendix"_s, reportSectionLabel(ReportSection::Appendix));
        m_w.subheading(u"codebook"_s, Tr::tr("Codebook"));
        QList<QStringList> rows;
        for (const Tag &t : m_p.tags)
            rows << QStringList{m_s.tagPath(t.id), colorName(t.color), t.description};
        m_w.table({Tr::tr("Tag"), Tr::tr("Colour"), Tr::tr("Description")}, rows);
        m_w.subheading(u"method"_s, Tr::tr("How this report was made"));
        m_w.paragraph(Tr::tr("Made with Crossread %1 on %2 UTC from the project “%3”. Claim offsets count UTF-16 code "
                             "units of each source's normalized text; SHA-256 sums are of the files as imported.")
                          .arg(QStringLiteral(CROSSREAD_VERSION), m_o.madeAt.toString(Qt::ISODate), m_p.info.title));
    }

    const ExportSelection &m_s;
    const ReportOptions &m_o;
    ReportWriter &m_w;
    const Project &m_p;
    QSet<ArticleId> m_chosenArticles;
    QSet<ClaimId> m_chosenClaims;
    QHash<ArticleId, QList<const Claim *>> m_claimsOf; ///< the chosen claims of each article, in id order
    const QString m_labels[6]
        = {Tr::tr("tags:"), Tr::tr("kind:"), Tr::tr("speaker:"), Tr::tr("status:"), Tr::tr("note:"), Tr::tr("by")};
    QList<const Article *> m_byDate; ///< the chosen articles by date (undated last), outlet, id: the matrix's order
    QHash<ClaimId, int> m_number; ///< the note number of each claim, in reading order
};

} // namespace

QList<ReportSection> allReportSections()
{
    return {ReportSection::Cover,       ReportSection::Propositions, ReportSection::Sources,
            ReportSection::ClaimsByTag, ReportSection::Verification, ReportSection::Charts,
            ReportSection::Agreement,   ReportSection::Appendix};
}

QString reportSectionLabel(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return Tr::tr("Overview and sources");
    case ReportSection::Propositions:
        return Tr::tr("Propositions");
    case ReportSection::Sources:
        return Tr::tr("Annotated texts");
    case ReportSection::ClaimsByTag:
        return Tr::tr("Claims by tag");
    case ReportSection::Verification:
        return Tr::tr("Verification");
    case ReportSection::Charts:
        return Tr::tr("Charts");
    case ReportSection::Agreement:
        return Tr::tr("Annotator agreement");
    case ReportSection::Appendix:
        break;
    }
    return Tr::tr("Appendix");
}

QString reportSectionKey(ReportSection section)
{
    return QString::fromLatin1(kSectionKeys[int(section)]);
}

std::optional<ReportSection> reportSectionFromKey(QStringView key)
{
    for (ReportSection s : allReportSections()) {
        if (key == reportSectionKey(s))
            return s;
    }
    return std::nullopt;
}

namespace {
QByteArray write(const ExportSelection &selection, const ReportOptions &options, std::unique_ptr<ReportWriter> writer)
{
    ReportBuilder(selection, options, *writer).build();
    return writer->result();
}
} // namespace

QByteArray htmlReport(const ExportSelection &selection, const ReportOptions &options)
{
    return write(selection, options, makeHtmlWriter());
}

QByteArray htmlReportWithChartImages(const ExportSelection &selection, const ReportOptions &options,
                                     QStringList *charts)
{
    return write(selection, options, makeHtmlWriter(charts));
}

QByteArray markdownReport(const ExportSelection &selection, const ReportOptions &options)
{
    return write(selection, options, makeMarkdownWriter());
}

} // namespace crossread
