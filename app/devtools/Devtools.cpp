// SPDX-License-Identifier: MIT
#include "Devtools.h"
#include "KioskScreenCheck.h"
#include "OwnerScreenCheck.h"
#include "SelfTest.h"

Devtools::Devtools(QQmlApplicationEngine *engine, const QString &what,
                   std::unique_ptr<ScreenCheck> check, const DevtoolsOptions &options)
    : m_check(std::move(check))
{
    if (!options.active())
        return;
    m_selfTest = std::make_unique<SelfTest>(engine, what, m_check.get(), options.screenshotPath,
                                            options.timeoutMs);
    m_selfTest->start();
}

Devtools::~Devtools() = default;

std::unique_ptr<Devtools> Devtools::forOwner(QQmlApplicationEngine *engine, OwnerApp *app,
                                             const DevtoolsOptions &options)
{
    return std::unique_ptr<Devtools>(new Devtools(engine, options.page + QStringLiteral(" screen"),
                                                  std::make_unique<OwnerScreenCheck>(app, options),
                                                  options));
}

std::unique_ptr<Devtools> Devtools::forKiosk(QQmlApplicationEngine *engine,
                                             larder::kiosk::DoorTablet *kiosk,
                                             const DevtoolsOptions &options)
{
    return std::unique_ptr<Devtools>(
        new Devtools(engine, QStringLiteral("kiosk %1 screen").arg(options.page),
                     std::make_unique<KioskScreenCheck>(kiosk, options), options));
}
