// SPDX-License-Identifier: MIT
#pragma once

#include "DevtoolsOptions.h"

#include <memory>

class OwnerApp;
class QQmlApplicationEngine;
class ScreenCheck;
class SelfTest;
namespace larder::kiosk {
class DoorTablet;
}

/// A front-end's developer tools, apart from the product: with `--self-test` or `--screenshot`
/// it checks the screen `--page` names against the live cloud and exits; otherwise it does
/// nothing. `main` creates one after loading the window.
class Devtools
{
public:
    static std::unique_ptr<Devtools> forOwner(QQmlApplicationEngine *engine, OwnerApp *app,
                                              const DevtoolsOptions &options);
    static std::unique_ptr<Devtools> forKiosk(QQmlApplicationEngine *engine,
                                              larder::kiosk::DoorTablet *kiosk,
                                              const DevtoolsOptions &options);
    ~Devtools();

private:
    Devtools(QQmlApplicationEngine *engine, const QString &what, std::unique_ptr<ScreenCheck> check,
             const DevtoolsOptions &options);

    std::unique_ptr<ScreenCheck> m_check;
    std::unique_ptr<SelfTest> m_selfTest;
};
