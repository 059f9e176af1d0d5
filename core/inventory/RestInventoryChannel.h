// SPDX-License-Identifier: MIT
#pragma once

#include "InventoryChannel.h"

namespace larder::inventory {

/// The list over the REST API (`/devices/{id}/ingredients`), as a signed-in member.
class RestInventoryChannel : public InventoryChannel
{
public:
    explicit RestInventoryChannel(api::ApiClient *api) : m_api(api) {}

    void list(const QString &thing, qint64 since, Callback done) override;
    void send(const QString &thing, const Change &change, Callback done) override;

    /// Items per page asked for.
    static constexpr int pageSize = 500;

private:
    api::ApiClient *m_api;
};

} // namespace larder::inventory
