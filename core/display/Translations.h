// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QTranslator>

#include <memory>

namespace larder::display {

/// A translator that makes every translatable string twice as long (the pseudo-locale
/// "pseudo"): a run in it shows which screens leave no room for a longer language, and which
/// words were never passed through tr().
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }

    /// @p source made twice as long, its placeholders (%1, %n, %L1) kept.
    static QString lengthen(const QString &source);
};

/// The translators of one language, installed on the application: Larder's own (from the
/// resources, ":/i18n/larder_<lang>.qm") and Qt's (its dialogs' and controls' words).
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /// Replaces the installed translators with those of @p language ("en" installs none,
    /// "pseudo" the pseudo-locale). False when Larder has no translation for it.
    bool install(const QString &language);
    /// The languages Larder ships a translation for, besides English.
    static QStringList shipped();

private:
    void removeAll();
    QList<std::shared_ptr<QTranslator>> m_installed;
};

} // namespace larder::display
