// SPDX-License-Identifier: MIT
#include "DiagnosticsApp.h"

DiagnosticsApp::DiagnosticsApp(larder::api::ApiClient *api, larder::mqtt::MqttClient *mqtt)
    : m_search(api), m_case(api, mqtt)
{
}

void DiagnosticsApp::start()
{
    m_search.search(QStringLiteral("*"));
    m_search.loadGroups();
    m_case.refreshCases();
}

void DiagnosticsApp::stop()
{
    m_case.close();
    m_search.search(QStringLiteral("*")); // answered only once someone signs in again
}
