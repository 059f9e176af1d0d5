// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace larder::provisioning {

/// AWS IoT fleet provisioning's MQTT topics (JSON payloads), for the device and the cloud.
namespace topics {
/// Larder's provisioning template.
inline QString templateName()
{
    return QStringLiteral("larder-fridge");
}
inline QString createFromCsr()
{
    return QStringLiteral("$aws/certificates/create-from-csr/json");
}
inline QString provision(const QString &templateName = topics::templateName())
{
    return QStringLiteral("$aws/provisioning-templates/%1/provision/json").arg(templateName);
}
/// `request/accepted` and `request/rejected`.
inline QStringList answers(const QString &request)
{
    return {request + QStringLiteral("/accepted"), request + QStringLiteral("/rejected")};
}
} // namespace topics

} // namespace larder::provisioning
