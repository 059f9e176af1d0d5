// SPDX-License-Identifier: MIT
#pragma once

#include "FamilyDevicesModel.h"
#include "MembersModel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace larder::family {

class FamiliesModel;

/// One family of FamiliesModel for its screen: name, whether the user owns it, its members and
/// fridges as models. Follows the list as it reloads; `exists` turns false when the user is no
/// longer in the family.
class FamilyDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(larder::family::FamiliesModel *families READ families WRITE setFamilies NOTIFY
                   familiesChanged)
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY familyIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(bool isOwner READ isOwner NOTIFY changed)
    Q_PROPERTY(larder::family::MembersModel *members READ members CONSTANT)
    Q_PROPERTY(larder::family::FamilyDevicesModel *devices READ devices CONSTANT)

public:
    explicit FamilyDetails(QObject *parent = nullptr);

    FamiliesModel *families() const { return m_families; }
    void setFamilies(FamiliesModel *families);
    QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &familyId);

    bool exists() const { return m_exists; }
    QString name() const { return m_name; }
    bool isOwner() const { return m_isOwner; }
    MembersModel *members() { return &m_members; }
    FamilyDevicesModel *devices() { return &m_devices; }

signals:
    void familiesChanged();
    void familyIdChanged();
    void changed();

private:
    void refresh();

    QPointer<FamiliesModel> m_families;
    QString m_familyId;
    bool m_exists = false;
    QString m_name;
    bool m_isOwner = false;
    MembersModel m_members;
    FamilyDevicesModel m_devices;
};

} // namespace larder::family
