// SPDX-License-Identifier: MIT
#include "MemberDevice.h"

#include "auth/AuthTokens.h"
#include "mqtt/ClientIds.h"

using namespace larder;

MemberDevice::MemberDevice(CloudFixture &cloud, const QJsonObject &profile, const QString &token,
                           const QString &storePath, const QString &name, const QString &thing,
                           bool online, inventory::RestInventoryChannel::Kind kind, bool checkModel)
    : api(
          &network,
          online ? profile.value("apiBaseUrl").toString()
                 : QStringLiteral("https://127.0.0.1:%1/api").arg(CloudFixture::freePort()),
          [token] { return QString(token); }, profile.value("caFile").toString()),
      channel(&api, kind), store(storePath, "inventory-" + name)
{
    const QString sub = auth::AuthTokens::claimsOf(token).value("sub").toString();
    QString error;
    opened = store.open(&error);
    api.setTransferTimeout(3000);
    if (online) {
        mqtt.setSettings(cloud.accountSettings(clientids::app(sub, name), token));
        mqtt.connectToHost();
    }
    sync = std::make_unique<inventory::InventorySync>(
        &channel, online ? &mqtt : nullptr, &store, thing,
        inventory::Author{"member", sub, name + "@example.com"});
    if (checkModel)
        tester = std::make_unique<QAbstractItemModelTester>(
            sync->items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

double MemberDevice::quantityOf(const QString &id) const
{
    const auto *row = sync->items()->find(id);
    return row ? row->item.quantity : -1;
}
