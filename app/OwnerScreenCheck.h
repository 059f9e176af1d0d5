// SPDX-License-Identifier: MIT
#pragma once

#include "SelfTest.h"

class OwnerApp;

/// The owner app's self-test check: the requested screen (`--page`) is on top and shows live
/// data (signed in from the keychain or LARDER_EMAIL/LARDER_PASSWORD, families loaded, the
/// fridge synced and reporting); optionally changes one control first.
class OwnerScreenCheck
{
public:
    OwnerScreenCheck(OwnerApp *app, QString page);
    void setChange(const QString &path, const QString &jsonValue);
    void setAllowOffline(bool allow) { m_allowOffline = allow; }
    void setSelfTest(SelfTest *selfTest) { m_selfTest = selfTest; }

    SelfTest::Verdict operator()(QQuickWindow *window);
    QString situation(QQuickWindow *window) const;

private:
    SelfTest::Verdict fridgeLive();

    OwnerApp *m_app;
    QString m_page;
    QString m_changePath;
    QString m_changeValue;
    bool m_changed = false;
    bool m_allowOffline = false;
    bool m_pageRequested = false;
    SelfTest *m_selfTest = nullptr;
};
