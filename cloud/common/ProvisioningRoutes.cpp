// SPDX-License-Identifier: MIT
#include "ProvisioningRoutes.h"

#include "provisioning/ProvisioningTopics.h"

#include <QRegularExpression>

namespace larder::cloud::routes {

namespace {
const QString kRequestPrefix = QStringLiteral("$larder/prov/");
const QString kAnswerPrefix = QStringLiteral("$larder/answer/");

/// `certificates/create-from-csr/json` or `provisioning-templates/{name}/provision/json` (the
/// request topic without `$aws/`), or empty.
QString requestPath(const QString &awsTopic)
{
    static const QRegularExpression provision(
        QStringLiteral("^\\$aws/(provisioning-templates/[A-Za-z0-9_-]{1,36}/provision/json)$"));
    if (awsTopic == provisioning::topics::createFromCsr())
        return awsTopic.mid(5);
    const auto match = provision.match(awsTopic);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString hex(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toHex());
}

QString unhex(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromHex(text.toLatin1()));
}
} // namespace

QString requestTopic(const QString &awsTopic, const QString &client, const QString &identity)
{
    const QString path = requestPath(awsTopic);
    if (path.isEmpty() || client.isEmpty() || identity.isEmpty())
        return {};
    return kRequestPrefix + hex(client) + u'/' + hex(identity) + u'/' + path;
}

std::optional<Request> parseRequest(const QString &topic)
{
    if (!topic.startsWith(kRequestPrefix))
        return std::nullopt;
    const QStringList parts = topic.mid(kRequestPrefix.size()).split(u'/');
    if (parts.size() < 4)
        return std::nullopt;
    Request request{unhex(parts[0]), unhex(parts[1]),
                    QStringLiteral("$aws/") + parts.mid(2).join(u'/')};
    if (request.client.isEmpty() || request.identity.isEmpty() ||
        requestPath(request.awsTopic).isEmpty())
        return std::nullopt;
    return request;
}

QStringList requestFilters()
{
    return {kRequestPrefix + QStringLiteral("+/+/certificates/create-from-csr/json"),
            kRequestPrefix + QStringLiteral("+/+/provisioning-templates/+/provision/json")};
}

QString answerTopic(const Request &request, const QString &outcome)
{
    return kAnswerPrefix + hex(request.client) + u'/' + requestPath(request.awsTopic) + u'/' +
           outcome;
}

std::optional<std::pair<QString, QString>> parseAnswer(const QString &topic)
{
    if (!topic.startsWith(kAnswerPrefix))
        return std::nullopt;
    const QString rest = topic.mid(kAnswerPrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const QString client = unhex(rest.left(slash));
    const QString awsTopic = QStringLiteral("$aws/") + rest.mid(slash + 1);
    const qsizetype last = awsTopic.lastIndexOf(u'/');
    const QString outcome = awsTopic.mid(last + 1);
    if (client.isEmpty() || (outcome != u"accepted" && outcome != u"rejected") ||
        requestPath(awsTopic.left(last)).isEmpty())
        return std::nullopt;
    return std::pair{client, awsTopic};
}

bool isProvisioningTopic(const QString &awsTopic)
{
    if (!requestPath(awsTopic).isEmpty())
        return true;
    const qsizetype last = awsTopic.lastIndexOf(u'/');
    const QString outcome = awsTopic.mid(last + 1);
    return (outcome == u"accepted" || outcome == u"rejected") &&
           !requestPath(awsTopic.left(last)).isEmpty();
}

} // namespace larder::cloud::routes
