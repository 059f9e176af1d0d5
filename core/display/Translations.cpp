// SPDX-License-Identifier: MIT
#include "display/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>

namespace larder::display {

QString PseudoTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    if (!sourceText || !*sourceText)
        return {};
    return lengthen(QString::fromUtf8(sourceText));
}

QString PseudoTranslator::lengthen(const QString &source)
{
    // Every letter twice, placeholders untouched: "Shopping · %1" → "SShhooppppiinngg · %1".
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|\\d+)"));
    QString out;
    out.reserve(source.size() * 2);
    qsizetype at = 0;
    auto it = placeholder.globalMatch(source);
    auto doubled = [&out](QStringView text) {
        for (const QChar c : text) {
            out += c;
            if (c.isLetter())
                out += c;
        }
    };
    while (it.hasNext()) {
        const auto match = it.next();
        doubled(QStringView(source).mid(at, match.capturedStart() - at));
        out += match.captured();
        at = match.capturedEnd();
    }
    doubled(QStringView(source).mid(at));
    return out;
}

Translations::~Translations()
{
    removeAll();
}

QStringList Translations::shipped()
{
    QStringList languages;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("larder_*.qm")});
    for (const QString &file : files)
        languages << file.mid(7, file.size() - 10);
    return languages;
}

bool Translations::install(const QString &language)
{
    removeAll();
    if (language == u"en")
        return true;
    if (language == u"pseudo") {
        auto pseudo = std::make_shared<PseudoTranslator>();
        QCoreApplication::installTranslator(pseudo.get());
        m_installed << pseudo;
        return true;
    }
    auto own = std::make_shared<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/larder_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(own.get());
    m_installed << own;
    auto qt = std::make_shared<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_installed << qt;
    }
    return true;
}

void Translations::removeAll()
{
    for (const auto &translator : std::as_const(m_installed))
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

} // namespace larder::display
