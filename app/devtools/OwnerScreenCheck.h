// SPDX-License-Identifier: MIT
#pragma once

#include "DevtoolsOptions.h"
#include "ScreenCheck.h"

#include <QTemporaryDir>

#include <memory>

class OwnerApp;

/// The owner app's self-test check: the requested screen (`--page`) is on top and shows live
/// data (signed in from the keychain or LARDER_EMAIL/LARDER_PASSWORD, families loaded, the
/// fridge synced and reporting); optionally changes one control first (`--set`).
class OwnerScreenCheck : public ScreenCheck
{
public:
    OwnerScreenCheck(OwnerApp *app, const DevtoolsOptions &options);

    Verdict verdict(QQuickWindow *window) override;
    QString situation(QQuickWindow *window) const override;

private:
    Verdict fridgeLive();
    /// `--page upload`: the board with photos being uploaded.
    Verdict uploading();
    /// The commands page: a quick-freeze, then a defrost, drawn while the fridge runs it.
    Verdict commandRunning(QQuickWindow *window);

    OwnerApp *m_app;
    DevtoolsOptions m_options;
    bool m_changed = false;
    bool m_pageRequested = false;
    int m_commandsSent = 0;
    std::unique_ptr<QTemporaryDir> m_uploads;
};
