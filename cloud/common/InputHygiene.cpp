// SPDX-License-Identifier: MIT
#include "InputHygiene.h"

#include <QRegularExpression>

namespace larder::cloud::hygiene {

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                       R"(@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"));
    return text.size() <= 254 && text.indexOf(u'@') <= 64 && address.match(text).hasMatch();
}

namespace {
/// Letters that draw nothing and are not format characters (Unicode's Default_Ignorable_Code_
/// Point outside \p{C}, but the variation selectors emoji need): a name of them looks empty.
bool drawsNothing(char32_t c)
{
    return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 ||
           (c >= 0x180B && c <= 0x180D) || c == 0x180F || c == 0x3164 || c == 0xFFA0 ||
           (c >= 0x1BCA0 && c <= 0x1BCA3);
}
/// Marks a letter may carry at most (more is "Zalgo" text that spills over its neighbours).
constexpr int kMarksPerLetter = 4;
} // namespace

std::optional<QString> displayName(const QString &text, int maxLength)
{
    QString clean;
    bool space = false;
    int marks = 0;
    for (const char32_t c : text.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (drawsNothing(c))
            continue;
        if (c == 0x2800) { // the blank braille pattern: a space that does not look like one
            space = true;
            continue;
        }
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing) {
            if (clean.isEmpty() || space || ++marks > kMarksPerLetter)
                continue;
        } else {
            marks = 0;
        }
        switch (category) {
        case QChar::Other_Control:
            if (c == U'\t' || c == U'\n' || c == U'\r')
                space = true; // whitespace controls separate words
            continue;
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
            continue;
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Separator_Space:
            space = true;
            continue;
        default:
            break;
        }
        if (space && !clean.isEmpty())
            clean += u' ';
        space = false;
        clean += QString::fromUcs4(&c, 1);
    }
    if (clean.isEmpty() || clean.toUcs4().size() > maxLength)
        return std::nullopt;
    return clean;
}

std::optional<QString> text(const QString &text, int maxLength)
{
    QStringList lines;
    QString line;
    const auto endLine = [&] {
        lines.append(displayName(line, int(line.size()) + 1).value_or(QString()));
        line.clear();
    };
    for (const char32_t c : text.normalized(QString::NormalizationForm_C).toUcs4()) {
        const auto category = QChar::category(c);
        if (c == U'\n' || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            endLine();
        else
            line += QString::fromUcs4(&c, 1); // the rest is displayName's to clean, line by line
    }
    endLine();
    QString clean;
    int blank = 0;
    for (const QString &each : std::as_const(lines)) {
        blank = each.isEmpty() ? blank + 1 : 0;
        if (blank > 1 || (each.isEmpty() && clean.isEmpty()))
            continue; // no blank lines first, at most one in a row
        if (!clean.isEmpty() || !each.isEmpty())
            clean += (clean.isEmpty() ? QString() : QStringLiteral("\n")) + each;
    }
    while (clean.endsWith(u'\n'))
        clean.chop(1);
    if (clean.toUcs4().size() > maxLength)
        return std::nullopt;
    return clean;
}

} // namespace larder::cloud::hygiene
