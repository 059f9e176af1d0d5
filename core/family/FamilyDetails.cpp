// SPDX-License-Identifier: MIT
#include "FamilyDetails.h"
#include "FamiliesModel.h"

namespace larder::family {

FamilyDetails::FamilyDetails(QObject *parent) : QObject(parent) {}

void FamilyDetails::setFamilies(FamiliesModel *families)
{
    if (m_families == families)
        return;
    if (m_families)
        disconnect(m_families, nullptr, this, nullptr);
    m_families = families;
    if (m_families)
        connect(m_families, &FamiliesModel::familiesChanged, this, &FamilyDetails::refresh);
    emit familiesChanged();
    refresh();
}

void FamilyDetails::setFamilyId(const QString &familyId)
{
    if (m_familyId == familyId)
        return;
    m_familyId = familyId;
    emit familyIdChanged();
    refresh();
}

void FamilyDetails::refresh()
{
    const Family *family = m_families ? m_families->find(m_familyId) : nullptr;
    const QString me = m_families ? m_families->myUserId() : QString();
    m_members.show(family, me);
    m_devices.show(family);
    const bool exists = family != nullptr;
    const QString name = family ? family->name : QString();
    const bool isOwner = family && rules::mayManage(*family);
    if (exists == m_exists && name == m_name && isOwner == m_isOwner)
        return;
    m_exists = exists;
    m_name = name;
    m_isOwner = isOwner;
    emit changed();
}

} // namespace larder::family
