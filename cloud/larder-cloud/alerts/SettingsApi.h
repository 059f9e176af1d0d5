// SPDX-License-Identifier: MIT
#pragma once

#include "SettingsStore.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud {
class FamilyStore;
}

namespace larder::cloud::alerts {

/// `GET|PUT /settings/config/{settingId}` (docs/api.md, "Alerts"): a person's own `alertLevel`,
/// and a family's thresholds (`doorOpenMinutes`, `fridgeMaxC`, `freezerMaxC`, `warmMinutes`,
/// `offlineMinutes`, with `?familyId=`): its members read them, its owner changes them. Body
/// and answer `{"settingId","value"[,"familyId"]}`; an unknown id or a value out of range is
/// 400 with a sentence, another family 404.
class SettingsApi : public api::Endpoints
{
public:
    SettingsApi(const api::ApiAuth *auth, const FamilyStore *families, SettingsStore *settings);
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse handle(const QString &id, const QHttpServerRequest &request, bool change);

    const api::ApiAuth *m_auth;
    const FamilyStore *m_families;
    SettingsStore *m_settings;
};

} // namespace larder::cloud::alerts
