// SPDX-License-Identifier: MIT
#pragma once

#include "InventoryChannel.h"

namespace larder::inventory {

/// A list over the REST API, as a signed-in member: a fridge's (`/devices/{id}/ingredients`)
/// or a family's shopping list (`/families/{id}/shopping`), the same requests on both.
class RestInventoryChannel : public InventoryChannel
{
public:
    enum class Kind { Fridge, Shopping };
    explicit RestInventoryChannel(api::ApiClient *api, Kind kind = Kind::Fridge)
        : m_api(api), m_kind(kind)
    {
    }

    void list(const QString &thing, qint64 since, Callback done) override;
    void send(const QString &thing, const QList<Change> &changes, Callback done) override;
    int batchLimit() const override { return 100; }
    QString feedTopic(const QString &owner) const override;

    /// Items per page asked for.
    static constexpr int pageSize = 500;

private:
    QString itemsPath(const QString &owner) const;

    api::ApiClient *m_api;
    Kind m_kind;
};

} // namespace larder::inventory
