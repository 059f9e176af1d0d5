// SPDX-License-Identifier: MIT
#include "KioskApp.h"

KioskApp::KioskApp(const QString &deviceDir, const QString &host, int port)
    : m_tablet(deviceDir, host, port), m_diagnostics(&m_tablet),
      m_display(QStringLiteral("kiosk"), QStringLiteral("dark"))
{
}

QVariantMap KioskApp::properties(bool fullScreen)
{
    return {
        {QStringLiteral("kiosk"), QVariant::fromValue(&m_tablet)},
        {QStringLiteral("supportPin"), QVariant::fromValue(&m_supportPin)},
        {QStringLiteral("diagnostics"), QVariant::fromValue(&m_diagnostics)},
        {QStringLiteral("display"), QVariant::fromValue(&m_display)},
        {QStringLiteral("fullScreen"), fullScreen},
    };
}
