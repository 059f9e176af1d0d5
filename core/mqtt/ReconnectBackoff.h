// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

namespace larder::mqtt {

/// Exponential reconnect delays with full jitter, capped: attempt n waits a random time in
/// [base·2ⁿ·(1−jitter), base·2ⁿ] bounded by the cap. Pure and deterministic given its random
/// source, so it is unit-tested.
class ReconnectBackoff
{
public:
    struct Settings
    {
        int initialMs = 500;
        int maxMs = 30'000;
        double jitter = 0.5; ///< fraction of the delay that is randomised, 0..1
    };

    ReconnectBackoff();
    explicit ReconnectBackoff(Settings settings, std::function<double()> random = {});

    /// Delay before the next attempt; each call counts one attempt.
    int nextDelayMs();
    /// Call after a successful connection.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    Settings m_settings;
    std::function<double()> m_random; ///< uniform in [0, 1)
    int m_attempt = 0;
};

} // namespace larder::mqtt
