// SPDX-License-Identifier: MIT
#include "Devtools.h"
#include "KioskScreenCheck.h"
#include "LayoutTour.h"
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

namespace {
/// The check of @p options: one screen, or with --layout-check a tour of them (@p makeCheck
/// makes each screen's own check).
std::unique_ptr<ScreenCheck> checkFor(const DevtoolsOptions &options,
                                      const LayoutTour::CheckFactory &makeCheck)
{
    if (options.layoutSizes.isEmpty())
        return makeCheck(options.page);
    const QStringList pages = options.tour.isEmpty() ? QStringList{options.page} : options.tour;
    return std::make_unique<LayoutTour>(pages, options.layoutSizes, makeCheck);
}
} // namespace

std::unique_ptr<Devtools> Devtools::forOwner(QQmlApplicationEngine *engine, OwnerApp *app,
                                             const DevtoolsOptions &options)
{
    auto check = checkFor(options, [app, options](const QString &page) {
        DevtoolsOptions one = options;
        one.page = page;
        return std::unique_ptr<ScreenCheck>(std::make_unique<OwnerScreenCheck>(app, one));
    });
    const QString what = options.layoutSizes.isEmpty() ? options.page + QStringLiteral(" screen")
                                                       : QStringLiteral("layout");
    return std::unique_ptr<Devtools>(new Devtools(engine, what, std::move(check), options));
}

std::unique_ptr<Devtools> Devtools::forKiosk(QQmlApplicationEngine *engine,
                                             larder::kiosk::DoorTablet *kiosk,
                                             const DevtoolsOptions &options)
{
    auto check = checkFor(options, [kiosk, options](const QString &page) {
        DevtoolsOptions one = options;
        one.page = page;
        return std::unique_ptr<ScreenCheck>(std::make_unique<KioskScreenCheck>(kiosk, one));
    });
    const QString what = options.layoutSizes.isEmpty()
                             ? QStringLiteral("kiosk %1 screen").arg(options.page)
                             : QStringLiteral("kiosk layout");
    return std::unique_ptr<Devtools>(new Devtools(engine, what, std::move(check), options));
}
