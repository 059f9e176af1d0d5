// SPDX-License-Identifier: MIT
#pragma once

#include "LayoutInspector.h"
#include "ScreenCheck.h"

#include <QSize>
#include <QStringList>

#include <functional>
#include <memory>

/// `--layout-check`: visits each page of a front-end at each window size and collects what
/// LayoutInspector finds. For each page it waits until that page's own check says it is live,
/// then resizes the window through the sizes, inspecting each once it has settled, then asks the
/// window to go back to its first screen (`resetPage()`) for the next page. Live when nothing
/// was found; Failed with every finding (page, size, what) otherwise.
class LayoutTour : public ScreenCheck
{
public:
    using CheckFactory = std::function<std::unique_ptr<ScreenCheck>(const QString &page)>;

    LayoutTour(QStringList pages, QList<QSize> sizes, CheckFactory makeCheck);

    Verdict verdict(QQuickWindow *window) override;
    QString situation(QQuickWindow *window) const override;

private:
    void inspectNow(QQuickWindow *window);

    QStringList m_pages;
    QList<QSize> m_sizes;
    CheckFactory m_makeCheck;
    std::unique_ptr<ScreenCheck> m_check;
    qsizetype m_page = 0;
    qsizetype m_size = -1; ///< -1: waiting for the page to be live
    int m_ticks = 0;
    bool m_lookedAgain = false; ///< findings seen once: settle again before they count
    QStringList m_findings;
};
