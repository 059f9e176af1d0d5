// SPDX-License-Identifier: MIT
#include "FamiliesModel.h"
#include "ApiClient.h"

#include "common/Guarded.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace larder::api {

namespace {
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

FamiliesModel::FamiliesModel(ApiClient *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{
}

int FamiliesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_families.size());
}

QVariant FamiliesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject family = m_families.at(index.row()).toObject();
    switch (role) {
    case FamilyIdRole:
        return family.value(u"familyId").toString();
    case Qt::DisplayRole:
    case NameRole:
        return family.value(u"name").toString();
    case MyRoleRole:
        return family.value(u"role").toString();
    case IsOwnerRole:
        return family.value(u"role").toString() == u"owner";
    case MembersRole:
        return family.value(u"members").toArray().toVariantList();
    case MemberCountRole:
        return int(family.value(u"members").toArray().size());
    case DevicesRole:
        return family.value(u"devices").toArray().toVariantList();
    default:
        return {};
    }
}

QHash<int, QByteArray> FamiliesModel::roleNames() const
{
    return {{FamilyIdRole, "familyId"}, {NameRole, "name"},       {MyRoleRole, "myRole"},
            {IsOwnerRole, "isOwner"},   {MembersRole, "members"}, {MemberCountRole, "memberCount"},
            {DevicesRole, "devices"}};
}

QVariantMap FamiliesModel::family(const QString &familyId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex idx = index(row);
        if (idx.data(FamilyIdRole).toString() != familyId)
            continue;
        QVariantMap out;
        const auto roles = roleNames();
        for (auto it = roles.begin(); it != roles.end(); ++it)
            out.insert(QString::fromLatin1(it.value()), idx.data(it.key()));
        return out;
    }
    return {};
}

void FamiliesModel::reload()
{
    setLoading(true);
    m_api->get(QStringLiteral("/families"),
               guarded(this, [this, generation = m_generation](const ApiResult &result) {
                   if (generation != m_generation)
                       return;
                   setLoading(false);
                   if (!result.ok) {
                       setError(result.message);
                       return;
                   }
                   setFamilies(result.body.value(u"items").toArray(), true);
               }));
}

void FamiliesModel::clear()
{
    ++m_generation;
    setLoading(false);
    setError({});
    setFamilies({}, false);
}

void FamiliesModel::setFamilies(const QJsonArray &families, bool loaded)
{
    const int before = rowCount();
    beginResetModel();
    m_families = families;
    m_loaded = loaded;
    endResetModel();
    if (rowCount() != before)
        emit countChanged();
    ++m_revision;
    emit revisionChanged();
}

void FamiliesModel::act(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    setError({});
    setLoading(true);
    auto finished = guarded(this, [this, generation = m_generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!result.ok)
            setError(result.message);
        emit actionFinished(result.ok);
        reload();
    });
    if (method == "POST")
        m_api->post(path, body, finished);
    else if (method == "PATCH")
        m_api->patch(path, body, finished);
    else
        m_api->remove(path, finished);
}

void FamiliesModel::create(const QString &name)
{
    act("POST", QStringLiteral("/families"), {{QStringLiteral("name"), name}});
}

void FamiliesModel::rename(const QString &familyId, const QString &name)
{
    act("PATCH", QStringLiteral("/families/%1").arg(segment(familyId)),
        {{QStringLiteral("name"), name}});
}

void FamiliesModel::invite(const QString &familyId)
{
    setError({});
    m_api->post(QStringLiteral("/families/%1/invitations").arg(segment(familyId)), {},
                guarded(this, [this, familyId](const ApiResult &result) {
                    if (!result.ok) {
                        setError(result.message);
                        emit actionFinished(false);
                        return;
                    }
                    emit invitationReady(familyId, result.body.value(u"code").toString(),
                                         result.body.value(u"qrPayload").toString(),
                                         result.body.value(u"expiresAt").toInteger());
                    emit actionFinished(true);
                }));
}

void FamiliesModel::join(const QString &codeOrLink)
{
    // Either the typed code or the invitation's QR link (larder://join?code=…).
    QString code = codeOrLink.trimmed();
    const QUrl link(code);
    if (link.scheme() == u"larder" && link.host() == u"join")
        code = QUrlQuery(link).queryItemValue(QStringLiteral("code"));
    act("POST", QStringLiteral("/families/join"), {{QStringLiteral("code"), code}});
}

void FamiliesModel::leave(const QString &familyId)
{
    act("POST", QStringLiteral("/families/%1/leave").arg(segment(familyId)), {});
}

void FamiliesModel::removeMember(const QString &familyId, const QString &userId)
{
    act("DELETE", QStringLiteral("/families/%1/members/%2").arg(segment(familyId), segment(userId)),
        {});
}

void FamiliesModel::transferOwnership(const QString &familyId, const QString &userId)
{
    act("POST", QStringLiteral("/families/%1/owner").arg(segment(familyId)),
        {{QStringLiteral("userId"), userId}});
}

void FamiliesModel::removeDevice(const QString &deviceId)
{
    act("DELETE", QStringLiteral("/devices/%1").arg(segment(deviceId)), {});
}

void FamiliesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void FamiliesModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace larder::api
