// crossread-synth: writes a deterministic synthetic project (the generator of
// tests/support/synthproject.h) for benchmarks and for trying Crossread at scale.
// `--links` counts every link: a tenth of the number in propositions of four
// claims (three grouping links each), the rest between random claims.
//
//   crossread-synth --articles 10000 --claims 1000000 --links 500000 -o big.crossread

#include <models/projectfile.h>
#include <support/synthproject.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>

using namespace crossread;

namespace {

/// The value of a numeric option, or `fallback` when it is absent; exits
/// with a message when it is not a number in [0, max].
int number(const QCommandLineParser &parser, const QString &name, int fallback, int max = 100'000'000)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qlonglong value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0 || value > max) {
        std::fprintf(stderr, "crossread-synth: --%s takes a number from 0 to %d, not \"%s\"\n", qPrintable(name),
                     max, qPrintable(parser.value(name)));
        std::exit(2);
    }
    return int(value);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crossread-synth"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic Crossread project: articles mixing Latin, Cyrillic, Arabic and emoji, claims "
        "(some overlapping) article by article, links, propositions and a two-level codebook. The same "
        "options and seed always give the same file."));
    parser.addHelpOption();
    const test::SynthOptions defaults;
    const auto option = [&](const char *name, const char *help, int value) {
        parser.addOption({QString::fromLatin1(name),
                          QStringLiteral("%1 (default %2).").arg(QString::fromLatin1(help)).arg(value),
                          QStringLiteral("n")});
    };
    option("articles", "Number of articles", defaults.articles);
    option("claims", "Number of claims", defaults.claims);
    option("links", "Number of links in all: a tenth of it in propositions of four claims, joined by three "
                    "grouping links each, the rest between random claims",
           defaults.links);
    option("tags", "Tags of the codebook", defaults.tags);
    option("article-chars", "Approximate length of each article's text", defaults.articleChars);
    option("seed", "Seed of the generator", int(defaults.seed));
    parser.addOption({QStringLiteral("scatter"), QStringLiteral("Put each claim on a random article, not article by article.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The project file to write."),
                      QStringLiteral("file")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("output")) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "crossread-synth: say where to write the project with -o FILE.crossread\n");
        return 2;
    }

    test::SynthOptions o = test::scaleOptions(number(parser, QStringLiteral("articles"), defaults.articles),
                                              number(parser, QStringLiteral("claims"), defaults.claims),
                                              number(parser, QStringLiteral("links"), defaults.links));
    o.tags = number(parser, QStringLiteral("tags"), o.tags);
    o.articleChars = number(parser, QStringLiteral("article-chars"), o.articleChars, 10'000'000);
    o.seed = quint32(number(parser, QStringLiteral("seed"), int(o.seed), std::numeric_limits<int>::max()));
    o.scatterClaims = parser.isSet(QStringLiteral("scatter"));
    if (o.claims > 0 && o.articles == 0) {
        std::fprintf(stderr, "crossread-synth: claims need at least one article\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const Project project = test::synthesizeProject(o);
    const qint64 made = timer.restart();
    const QString path = parser.value(QStringLiteral("output"));
    if (const ProjectError error = saveProject(project, path); !error.ok()) {
        std::fprintf(stderr, "crossread-synth: %s\n", qPrintable(error.message));
        return 1;
    }
    std::printf("%s: %zu articles, %zu claims, %zu links, %zu propositions, %zu tags (made in %lld ms, written in "
                "%lld ms)\n",
                qPrintable(path), project.articles.size(), project.claims.size(), project.links.size(),
                project.propositions.size(), project.tags.size(), made, timer.elapsed());
    return 0;
}
