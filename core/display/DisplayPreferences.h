// SPDX-License-Identifier: MIT
#pragma once

#include "display/Translations.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace larder::display {

/// How one front-end looks and speaks on this device: its language (following the system
/// unless chosen), its theme (following the system, light or dark), the size of its text and
/// the unit of temperatures. Choices are kept in QSettings under the front-end's own group
/// (the owner app's and the door's are separate); a command line may override them for one run
/// without saving. Changing the language installs its translators and emits
/// retranslateNeeded(), which the wiring connects to QQmlEngine::retranslate().
class DisplayPreferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    /// The chosen language: "" follows the system, else "en", "zh_CN"…
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language on screen now.
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    /// The choices for a picker: [{value, label, font}], the system first, each language in
    /// itself (and in a typeface that has its script).
    Q_PROPERTY(QVariantList languageOptions READ languageOptions NOTIFY languageChanged)
    /// "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// True when the screens are dark now.
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    /// Text size as a factor of the design's (1.0 to 1.5).
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    /// "C" or "F".
    Q_PROPERTY(QString temperatureUnit READ temperatureUnit WRITE setTemperatureUnit NOTIFY
                   temperatureUnitChanged)

public:
    /// Settings under @p group ("owner", "kiosk"); @p defaultTheme when none is chosen.
    explicit DisplayPreferences(const QString &group, const QString &defaultTheme,
                                QObject *parent = nullptr);

    /// For this run only: a language ("pseudo" too), a theme, a text scale (empty/0: none).
    void overrideForRun(const QString &language, const QString &theme, qreal textScale);
    /// Installs the translators of the effective language (call once at start).
    void apply();

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString effectiveLanguage() const;
    QVariantList languageOptions() const;
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool dark() const;
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    QString temperatureUnit() const { return m_unit; }
    void setTemperatureUnit(const QString &unit);

    /// The language the system asks for, as Larder names it ("zh_CN" or "en").
    static QString systemLanguage();
    static constexpr qreal minTextScale = 1.0;
    static constexpr qreal maxTextScale = 1.5;

signals:
    void languageChanged();
    void themeChanged();
    void textScaleChanged();
    void temperatureUnitChanged();
    /// The language changed: every qsTr() must be evaluated again.
    void retranslateNeeded();

private:
    QString key(const char *name) const;
    void installLanguage();

    QString m_group;
    QString m_language;
    QString m_languageOverride;
    QString m_theme;
    QString m_themeOverride;
    qreal m_textScale = 1.0;
    QString m_unit;
    QString m_installed;
    Translations m_translations;
};

} // namespace larder::display
