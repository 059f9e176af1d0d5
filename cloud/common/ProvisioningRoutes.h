// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace larder::cloud {

/// How fleet-provisioning requests reach larder-cloud and its answers reach only the connection
/// that asked (as AWS IoT does, on topics every device shares). The broker plugin moves a
/// request from `$aws/…` to `$larder/prov/{client}/{identity}/…`, naming the connection (its
/// client id in hex) and its certificate's CN; the provisioning service answers on
/// `$larder/answer/{client}/…/accepted|rejected`, and the plugin moves that back to the `$aws`
/// topic, marked for that connection alone.
namespace routes {

struct Request
{
    QString client;   ///< MQTT client id of the connection that asked
    QString identity; ///< its certificate's CN
    QString awsTopic; ///< the topic it published to
};

/// The internal topic for a request @p awsTopic from @p client / @p identity; empty when the
/// topic is not a provisioning request.
QString requestTopic(const QString &awsTopic, const QString &client, const QString &identity);
std::optional<Request> parseRequest(const QString &topic);
/// Filters the provisioning service subscribes to.
QStringList requestFilters();

/// The internal topic to answer @p request with @p outcome ("accepted" or "rejected").
QString answerTopic(const Request &request, const QString &outcome);
/// An internal answer topic → (client, the `$aws/…/accepted|rejected` topic).
std::optional<std::pair<QString, QString>> parseAnswer(const QString &topic);

/// True for the AWS provisioning topics (requests and answers).
bool isProvisioningTopic(const QString &awsTopic);
/// The MQTT 5 user property that marks an answer for one connection.
inline const char *forClientProperty()
{
    return "larder-for";
}

} // namespace routes
} // namespace larder::cloud
