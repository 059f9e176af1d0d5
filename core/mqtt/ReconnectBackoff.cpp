// SPDX-License-Identifier: MIT
#include "ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace larder::mqtt {

ReconnectBackoff::ReconnectBackoff() : ReconnectBackoff(Settings{}) {}

ReconnectBackoff::ReconnectBackoff(Settings settings, std::function<double()> random)
    : m_settings(settings), m_random(random ? std::move(random) : [] {
          return QRandomGenerator::global()->generateDouble();
      })
{
}

int ReconnectBackoff::nextDelayMs()
{
    const double exponential = m_settings.initialMs * std::pow(2.0, std::min(m_attempt, 20));
    const double ceiling = std::min<double>(exponential, m_settings.maxMs);
    const double jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    ++m_attempt;
    return int(ceiling * (1.0 - jitter * m_random()));
}

} // namespace larder::mqtt
