// SPDX-License-Identifier: MIT
#include "display/DisplayPreferences.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSettings>

#include <algorithm>

namespace larder::display {

DisplayPreferences::DisplayPreferences(const QString &group, const QString &defaultTheme,
                                       QObject *parent)
    : QObject(parent), m_group(group)
{
    const QSettings settings;
    m_language = settings.value(key("language")).toString();
    if (m_language != u"en" && !Translations::shipped().contains(m_language))
        m_language.clear();
    m_theme = settings.value(key("theme"), defaultTheme).toString();
    if (m_theme != u"light" && m_theme != u"dark")
        m_theme = QStringLiteral("system");
    m_textScale =
        std::clamp(settings.value(key("textScale"), 1.0).toDouble(), minTextScale, maxTextScale);
    m_unit = settings.value(key("temperatureUnit")).toString() == u"F" ? QStringLiteral("F")
                                                                       : QStringLiteral("C");
}

QString DisplayPreferences::key(const char *name) const
{
    return m_group + u'/' + QLatin1String("display/") + QLatin1String(name);
}

void DisplayPreferences::overrideForRun(const QString &language, const QString &theme,
                                        qreal textScale)
{
    m_languageOverride = language;
    m_themeOverride = theme;
    if (textScale > 0)
        m_textScale = std::clamp(textScale, minTextScale, maxTextScale);
}

void DisplayPreferences::apply()
{
    installLanguage();
}

QString DisplayPreferences::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && Translations::shipped().contains(u"zh_CN"))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString DisplayPreferences::effectiveLanguage() const
{
    if (!m_languageOverride.isEmpty())
        return m_languageOverride;
    return m_language.isEmpty() ? systemLanguage() : m_language;
}

QVariantList DisplayPreferences::languageOptions() const
{
    QVariantList options;
    options << QVariantMap{{QStringLiteral("value"), QString()},
                           {QStringLiteral("label"), tr("Follow the system")}};
    options << QVariantMap{{QStringLiteral("value"), QStringLiteral("en")},
                           {QStringLiteral("label"), QStringLiteral("English")}};
    for (const QString &code : Translations::shipped())
        options << QVariantMap{{QStringLiteral("value"), code},
                               {QStringLiteral("label"), QLocale(code).nativeLanguageName()},
                               // In a typeface that has its script (the app's own may not).
                               {QStringLiteral("font"), code.startsWith(u"zh")
                                                            ? QStringLiteral("Noto Sans CJK SC")
                                                            : QString()}};
    return options;
}

void DisplayPreferences::setLanguage(const QString &language)
{
    if (language == m_language && m_languageOverride.isEmpty())
        return;
    if (!language.isEmpty() && language != u"en" && !Translations::shipped().contains(language))
        return;
    m_language = language;
    m_languageOverride.clear();
    QSettings().setValue(key("language"), language);
    installLanguage();
}

void DisplayPreferences::installLanguage()
{
    const QString language = effectiveLanguage();
    if (language == m_installed)
        return;
    if (!m_translations.install(language))
        m_translations.install(QStringLiteral("en"));
    m_installed = language;
    QLocale::setDefault(language == u"pseudo" ? QLocale(QLocale::English) : QLocale(language));
    emit languageChanged();
    emit retranslateNeeded();
}

void DisplayPreferences::setTheme(const QString &theme)
{
    if (theme != u"system" && theme != u"light" && theme != u"dark")
        return;
    if (theme == m_theme && m_themeOverride.isEmpty())
        return;
    m_theme = theme;
    m_themeOverride.clear();
    QSettings().setValue(key("theme"), theme);
    emit themeChanged();
}

bool DisplayPreferences::dark() const
{
    const QString theme = m_themeOverride.isEmpty() ? m_theme : m_themeOverride;
    if (theme == u"system") {
        // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark system theme.
        return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    }
    return theme == u"dark";
}

void DisplayPreferences::setTextScale(qreal scale)
{
    scale = std::clamp(scale, minTextScale, maxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    QSettings().setValue(key("textScale"), scale);
    emit textScaleChanged();
}

void DisplayPreferences::setTemperatureUnit(const QString &unit)
{
    if ((unit != u"C" && unit != u"F") || unit == m_unit)
        return;
    m_unit = unit;
    QSettings().setValue(key("temperatureUnit"), unit);
    emit temperatureUnitChanged();
}

} // namespace larder::display
