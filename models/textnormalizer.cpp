#include "textnormalizer.h"

namespace crossread {

QString normalizeText(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_C);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');

    QString out;
    out.reserve(text.size());
    int blankLines = 0;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        qsizetype length = line.size();
        while (length > 0 && line[length - 1].isSpace())
            --length;
        if (length == 0) {
            ++blankLines;
            continue;
        }
        if (!out.isEmpty())
            out += blankLines > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        out += line.first(length);
        blankLines = 0;
    }
    return out;
}

} // namespace crossread
