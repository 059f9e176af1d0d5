// SPDX-License-Identifier: MIT
#include "FamiliesModel.h"
#include "api/ApiClient.h"

#include "common/Guarded.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace larder::family {

using api::ApiResult;

namespace {
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

FamiliesModel::FamiliesModel(api::ApiClient *api, QObject *parent)
    : ListModelBase(parent), m_api(api)
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
    const Family &family = m_families.at(index.row());
    switch (role) {
    case FamilyIdRole:
        return family.familyId;
    case Qt::DisplayRole:
    case NameRole:
        return family.name;
    case MyRoleRole:
        return roleName(family.myRole);
    case IsOwnerRole:
        return rules::mayManage(family);
    case MemberCountRole:
        return int(family.members.size());
    case DeviceCountRole:
        return int(family.devices.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> FamiliesModel::roleNames() const
{
    return {{FamilyIdRole, "familyId"},       {NameRole, "name"},
            {MyRoleRole, "myRole"},           {IsOwnerRole, "isOwner"},
            {MemberCountRole, "memberCount"}, {DeviceCountRole, "deviceCount"}};
}

const Family *FamiliesModel::find(const QString &familyId) const
{
    for (const Family &family : m_families)
        if (family.familyId == familyId)
            return &family;
    return nullptr;
}

QString FamiliesModel::familyIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_families.at(row).familyId : QString();
}

void FamiliesModel::setMyUserId(const QString &userId)
{
    if (m_myUserId == userId)
        return;
    m_myUserId = userId;
    emit familiesChanged();
}

void FamiliesModel::reload()
{
    m_loading = true;
    m_api->get(QStringLiteral("/families"),
               guarded(this, [this, generation = m_generation](const ApiResult &result) {
                   if (generation != m_generation)
                       return;
                   m_loading = false;
                   if (!result.ok) {
                       m_error = result.message;
                       return;
                   }
                   setFamilies(Family::listFromJson(result.body.value(u"items").toArray()), true);
               }));
}

void FamiliesModel::clear()
{
    ++m_generation;
    m_loading = false;
    m_error = QString();
    setFamilies({}, false);
}

void FamiliesModel::setFamilies(const QList<Family> &families, bool loaded)
{
    replaceRows(m_families, families);
    m_loaded = loaded;
    emit familiesChanged();
}

void FamiliesModel::act(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    m_error = QString();
    m_loading = true;
    auto finished = guarded(this, [this, generation = m_generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.ok)
            m_error = result.message;
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
    m_error = QString();
    m_api->post(QStringLiteral("/families/%1/invitations").arg(segment(familyId)), {},
                guarded(this, [this, familyId](const ApiResult &result) {
                    if (!result.ok) {
                        m_error = result.message;
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

} // namespace larder::family
