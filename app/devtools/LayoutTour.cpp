// SPDX-License-Identifier: MIT
#include "LayoutTour.h"

#include <QQuickWindow>

#include <cstdio>

namespace {
/// Polls (of 100 ms) for a screen to settle after it became live or was resized; a screen with
/// findings gets as long again before they count (a list may still be making its delegates).
constexpr int kSettleTicks = 3;
} // namespace

LayoutTour::LayoutTour(QStringList pages, QList<QSize> sizes, CheckFactory makeCheck)
    : m_pages(std::move(pages)), m_sizes(std::move(sizes)), m_makeCheck(std::move(makeCheck))
{
}

QString LayoutTour::situation(QQuickWindow *window) const
{
    const QString page = m_page < m_pages.size() ? m_pages.at(m_page) : QStringLiteral("done");
    return QStringLiteral("layout check at page %1 (%2 of %3): %4")
        .arg(page)
        .arg(m_page + 1)
        .arg(m_pages.size())
        .arg(m_check ? m_check->situation(window) : QString());
}

void LayoutTour::inspectNow(QQuickWindow *window)
{
    const QSize size = m_sizes.at(m_size);
    auto findings = LayoutInspector::inspect(window);
    // The keyboard's way through, at the first size (a phone's or a desktop's, as asked).
    if (m_size == 0)
        findings += LayoutInspector::tabThrough(window);
    for (const auto &finding : findings) {
        const QString line = QStringLiteral("%1 at %2x%3: %4 %5")
                                 .arg(m_pages.at(m_page))
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(finding.kind, finding.what);
        if (!m_findings.contains(line))
            m_findings.append(line);
    }
    std::printf("larder layout: %s at %dx%d: %lld finding(s)\n", qPrintable(m_pages.at(m_page)),
                size.width(), size.height(), static_cast<long long>(findings.size()));
    std::fflush(stdout);
}

ScreenCheck::Verdict LayoutTour::verdict(QQuickWindow *window)
{
    if (m_page >= m_pages.size()) {
        if (m_findings.isEmpty())
            return {Verdict::Live, {}};
        return {Verdict::Failed, QStringLiteral("%1 layout finding(s):\n  %2")
                                     .arg(m_findings.size())
                                     .arg(m_findings.join(QStringLiteral("\n  ")))};
    }
    if (!m_check)
        m_check = m_makeCheck(m_pages.at(m_page));
    if (m_size < 0) {
        const Verdict page = m_check->verdict(window);
        if (page.kind != Verdict::Live) {
            m_ticks = 0;
            return page.kind == Verdict::Failed ? page : Verdict{Verdict::Changing, {}};
        }
        if (++m_ticks < kSettleTicks)
            return {Verdict::Changing, {}};
        m_size = 0;
        m_ticks = 0;
        window->resize(m_sizes.at(m_size));
        return {Verdict::Changing, {}};
    }
    // Resized, laid out again, and still for a moment (lists make their delegates late).
    if (window->size() != m_sizes.at(m_size) || ++m_ticks < kSettleTicks)
        return {Verdict::Changing, {}};
    if (!m_lookedAgain && !LayoutInspector::inspect(window).isEmpty()) {
        m_lookedAgain = true;
        m_ticks = 0;
        return {Verdict::Changing, {}};
    }
    m_lookedAgain = false;
    inspectNow(window);
    m_ticks = 0;
    if (++m_size < m_sizes.size()) {
        window->resize(m_sizes.at(m_size));
        return {Verdict::Changing, {}};
    }
    // The next page starts from the front-end's first screen.
    m_size = -1;
    ++m_page;
    m_check.reset();
    if (m_page < m_pages.size())
        QMetaObject::invokeMethod(window, "resetPage");
    return {Verdict::Changing, {}};
}
