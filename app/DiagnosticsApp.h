// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostics/FleetSearch.h"
#include "diagnostics/SupportCase.h"

namespace larder::api {
class ApiClient;
}
namespace larder::mqtt {
class MqttClient;
}

/// Support's diagnostic mode, what a support account's sign-in opens instead of the owner app:
/// the fleet search and the case the agent looks at with a family's consent, on the signed-in
/// session's REST client and broker connection.
class DiagnosticsApp
{
public:
    DiagnosticsApp(larder::api::ApiClient *api, larder::mqtt::MqttClient *mqtt);

    larder::diagnostics::FleetSearch *search() { return &m_search; }
    larder::diagnostics::SupportCase *supportCase() { return &m_case; }
    /// A support account signed in (again): the whole fleet and the agent's open cases.
    void start();
    /// Signed out: nothing of the last agent stays on screen.
    void stop();

private:
    larder::diagnostics::FleetSearch m_search;
    larder::diagnostics::SupportCase m_case;
};
